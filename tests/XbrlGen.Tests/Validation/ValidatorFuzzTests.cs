using System.Globalization;
using CsCheck;
using XbrlGen.Tests.Pipeline;
using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Validation;

/// <summary>
/// The generated instance, mutated at random (lines deleted, duplicated or swapped, bytes flipped, the file truncated,
/// markup inserted), through <c>xbrlgen validate</c>: other people's instances are input too. Every case ends with
/// exit 0, 1 or 2 and a verdict line; a failing verdict comes with coded errors; nothing ever escapes as an internal
/// error. <c>XBRLGEN_FUZZ_ITERATIONS</c> sets the number of cases (default 2,000, shared with the release fuzz test).
/// </summary>
public class ValidatorFuzzTests
{
    private const int DefaultIterations = 2000;
    private const string Instance = "iij-20030630.xml";

    /// <summary>Markup worth inserting: tags, attributes, entities, a DTD, numbers, and text that breaks XML.</summary>
    private static readonly string[] InsertPool =
    [
        "<", ">", "&", "&amp;", "\"", "'", "/>", "</xbrli:context>", "<xbrli:unit id=\"u\"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>",
        " decimals=\"INF\"", " precision=\"0\"", " xsi:nil=\"true\"", " contextRef=\"nope\"", " unitRef=\"JPY\"", "-1E+3", "12.5", "NaN",
        "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "<![CDATA[1]]>", "<!-- c -->", "<gaap:Revenues contextRef=\"I20030630\" unitRef=\"JPY\" decimals=\"0\">1</gaap:Revenues>",
        "<link:schemaRef xlink:type=\"simple\" xlink:href=\"http://example.com/x.xsd\"/>", "\u0000", "\uFFFE", "𠮷",
    ];

    private static readonly Gen<int> Where = Gen.Int[0, int.MaxValue - 1];

    private static readonly Gen<FuzzTests.Mutation> AnyMutation = Gen.Frequency<FuzzTests.Mutation>(
        (3, Where.Select(w => (FuzzTests.Mutation)new FuzzTests.DeleteLine(w))),
        (2, Where.Select(w => (FuzzTests.Mutation)new FuzzTests.DuplicateLine(w))),
        (2, Gen.Select(Where, Where, (a, b) => (FuzzTests.Mutation)new FuzzTests.SwapLines(a, b))),
        (3, Gen.Select(Where, Gen.Int[1, 255], (w, m) => (FuzzTests.Mutation)new FuzzTests.FlipByte(w, (byte)m))),
        (1, Where.Select(w => (FuzzTests.Mutation)new FuzzTests.Truncate(w))),
        (4, Gen.Select(Where, Gen.Int[0, InsertPool.Length - 1], (w, i) => (FuzzTests.Mutation)new FuzzTests.Insert(w, InsertPool[i]))));

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("XBRLGEN_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultIterations;

    /// <summary>One copy of the generated filing per thread: the instance is rewritten per case, the taxonomy stays (and stays cached).</summary>
    private static readonly ThreadLocal<string> Folder = new(() =>
    {
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(TestPaths.Layout.Output))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        return dir;
    });

    [Fact]
    public void Mutated_instances_get_a_verdict_and_never_an_internal_error()
    {
        var outcomes = Fuzz(Instance, AnyMutation, Iterations);
        Assert.True(outcomes[0] > 0, "no mutated instance was valid");
        Assert.True(outcomes[1] + outcomes[2] > 0, "no mutated instance was refused");
    }

    /// <summary>Inline XBRL markup worth inserting into a page: ix elements and attributes, transformations, XHTML.</summary>
    private static readonly string[] InlinePool =
    [
        .. InsertPool, " format=\"ixt:num-dot-decimal\"", " format=\"ixt:no-such\"", " scale=\"3\"", " scale=\"x\"", " sign=\"-\"", " continuedAt=\"c9\"",
        "<ix:continuation id=\"c9\">x</ix:continuation>", "<ix:exclude>x</ix:exclude>", "<ix:tuple name=\"gaap:T\"/>", " target=\"other\"",
        "<ix:nonFraction name=\"gaap:Revenues\" contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\" scale=\"3\" format=\"ixt:num-dot-decimal\">1,2</ix:nonFraction>",
        "<ix:nonNumeric name=\"dei:DocumentType\" contextRef=\"nope\">x</ix:nonNumeric>", "<main>", "</div>", "<ix:header>", "(", ")",
    ];

    private static readonly Gen<FuzzTests.Mutation> AnyInlineMutation = Gen.Frequency<FuzzTests.Mutation>(
        (3, Where.Select(w => (FuzzTests.Mutation)new FuzzTests.DeleteLine(w))),
        (2, Where.Select(w => (FuzzTests.Mutation)new FuzzTests.DuplicateLine(w))),
        (3, Gen.Select(Where, Gen.Int[1, 255], (w, m) => (FuzzTests.Mutation)new FuzzTests.FlipByte(w, (byte)m))),
        (1, Where.Select(w => (FuzzTests.Mutation)new FuzzTests.Truncate(w))),
        (5, Gen.Select(Where, Gen.Int[0, InlinePool.Length - 1], (w, i) => (FuzzTests.Mutation)new FuzzTests.Insert(w, InlinePool[i]))));

    /// <summary>
    /// The English Inline XBRL page, mutated the same ways and with Inline XBRL markup, validated as a page: a verdict
    /// and coded errors, never an internal error. (Each case reads and schema-validates a page, so a quarter as many.)
    /// </summary>
    [Fact]
    public void Mutated_inline_pages_get_a_verdict_and_never_an_internal_error()
    {
        var outcomes = Fuzz("iij-20030630-en.xhtml", AnyInlineMutation, Math.Max(1, Iterations / 4));
        Assert.True(outcomes[0] > 0, "no mutated page was valid");
        Assert.True(outcomes[1] + outcomes[2] > 0, "no mutated page was refused");
    }

    /// <summary>Validates <paramref name="iterations"/> mutated copies of a generated file; returns how many ended in each exit code.</summary>
    private static int[] Fuzz(string name, Gen<FuzzTests.Mutation> mutation, int iterations)
    {
        var original = File.ReadAllBytes(Path.Combine(TestPaths.Layout.Output, name));
        var outcomes = new int[3];
        mutation.Array[1, 3].Sample(
            mutations =>
            {
                var file = Path.Combine(Folder.Value!, name);
                File.WriteAllBytes(file, mutations.Aggregate(original, (b, m) => m.Apply(b)));
                var (exit, output, error) = Outcome.Cli("validate", file);
                Assert.True(exit is 0 or 1 or 2, $"exit {exit}");
                Assert.DoesNotContain(Codes.Internal.Code, output + error, StringComparison.Ordinal);
                var verdict = output.TrimEnd().Split('\n')[^1];
                // The last line says which: valid (with the counts for an instance), invalid (exit 1), or unreadable (exit 2).
                var expected = exit switch { 0 => file + ": valid", 1 => file + ": invalid (", _ => file + ": not validated: unreadable (" };
                Assert.True(verdict.StartsWith(expected, StringComparison.Ordinal), $"exit {exit}: {verdict}");
                if (exit != 0)
                {
                    Assert.Matches(@": error [A-Za-z0-9.:]+: ", output);
                }

                Interlocked.Increment(ref outcomes[exit]);
            },
            iter: iterations,
            print: m => string.Join(", ", m.Select(x => x.ToString())));
        return outcomes;
    }

    private static readonly string[] TaxonomyFiles = ["iij-20030630.xsd", "iij-20030630_lab.xml", "iij-20030630_pre.xml", "iij-20030630_cal.xml", "iij-20030630_def.xml"];

    /// <summary>
    /// The same for the company's taxonomy: its schema or one of its linkbases mutated, the instance untouched. A hostile
    /// or broken taxonomy is refused with coded errors, never an internal error. (Each case compiles its DTS afresh, so
    /// a tenth as many cases run.)
    /// </summary>
    [Fact]
    public void Mutated_taxonomies_get_a_verdict_and_never_an_internal_error()
    {
        var originals = TaxonomyFiles.Select(f => File.ReadAllBytes(Path.Combine(TestPaths.Layout.Output, f))).ToArray();
        var refused = 0;
        Gen.Select(Gen.Int[0, TaxonomyFiles.Length - 1], AnyMutation.Array[1, 3]).Sample(
            (which, mutations) =>
            {
                var folder = Folder.Value!;
                try
                {
                    File.WriteAllBytes(Path.Combine(folder, TaxonomyFiles[which]), mutations.Aggregate(originals[which], (b, m) => m.Apply(b)));
                    var file = Path.Combine(folder, Instance);
                    var (exit, output, error) = Outcome.Cli("validate", file);
                    Assert.True(exit is 0 or 1 or 2, $"exit {exit}");
                    Assert.DoesNotContain(Codes.Internal.Code, output + error, StringComparison.Ordinal);
                    Assert.Equal(exit != 0, !output.TrimEnd().Split('\n')[^1].StartsWith(file + ": valid", StringComparison.Ordinal));
                    if (exit != 0)
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
                finally
                {
                    File.WriteAllBytes(Path.Combine(folder, TaxonomyFiles[which]), originals[which]);
                }
            },
            iter: Math.Max(1, Iterations / 10),
            print: c => TaxonomyFiles[c.Item1] + ": " + string.Join(", ", c.Item2.Select(x => x.ToString())));

        Assert.True(refused > 0, "no mutated taxonomy was refused");
    }
}
