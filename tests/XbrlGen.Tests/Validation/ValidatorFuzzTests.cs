using System.Globalization;
using CsCheck;
using XbrlGen.Tests.Pipeline;

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

    private static readonly byte[] Original = File.ReadAllBytes(Path.Combine(TestPaths.Layout.Output, Instance));

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
        var outcomes = new int[3];
        AnyMutation.Array[1, 3].Sample(
            mutations =>
            {
                var file = Path.Combine(Folder.Value!, Instance);
                File.WriteAllBytes(file, mutations.Aggregate(Original, (b, m) => m.Apply(b)));
                var (exit, output, error) = Outcome.Cli("validate", file);
                Assert.True(exit is 0 or 1 or 2, $"exit {exit}");
                Assert.DoesNotContain("XG0900", output + error, StringComparison.Ordinal);
                var verdict = output.TrimEnd().Split('\n')[^1];
                Assert.True(verdict == file + ": valid" || verdict.StartsWith(file + ": invalid (", StringComparison.Ordinal), verdict);
                Assert.Equal(exit != 0, verdict != file + ": valid");
                if (exit != 0)
                {
                    Assert.Matches(@": error [A-Za-z0-9.:]+: ", output);
                }

                Interlocked.Increment(ref outcomes[exit]);
            },
            iter: Iterations,
            print: m => string.Join(", ", m.Select(x => x.ToString())));

        Assert.True(outcomes[0] > 0, "no mutated instance was valid");
        Assert.True(outcomes[1] + outcomes[2] > 0, "no mutated instance was refused");
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
                    Assert.DoesNotContain("XG0900", output + error, StringComparison.Ordinal);
                    Assert.Equal(exit != 0, output.TrimEnd().Split('\n')[^1] != file + ": valid");
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
