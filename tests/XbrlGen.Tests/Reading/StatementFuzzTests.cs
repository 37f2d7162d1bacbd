using System.Text;
using CsCheck;
using XbrlGen.Diagnostics;
using XbrlGen.Reading;
using XbrlGen.Tests.Pipeline;

namespace XbrlGen.Tests.Reading;

/// <summary>
/// The corpus's wire releases (statements read by title, a cell per line or rows run together), mutated at random
/// as the bundled release is in <see cref="FuzzTests"/>: reading ends, never throws, and every error it reports is coded
/// and names a line of the file.
/// </summary>
public class StatementFuzzTests
{
    private static readonly string[] Releases = ["paltalk-2024q3.md", "nephros-2024q3.md", "golden-matrix-2025q3.md", "royalty-management-2025q1.md"];

    [Fact]
    public void Mutated_wire_releases_are_read_or_refused_with_coded_errors()
    {
        var corpus = Path.Combine(TestPaths.Layout.Root, "tests", "XbrlGen.Tests", "Reading", "Corpus");
        var originals = Releases.Select(r => File.ReadAllBytes(Path.Combine(corpus, r))).ToArray();
        Gen.Select(Gen.Int[0, Releases.Length - 1], FuzzTests.AnyMutation.Array[1, 4]).Sample(
            (release, mutations) =>
            {
                var bytes = mutations.Aggregate(originals[release], (b, m) => m.Apply(b));
                var dir = TestPaths.TempDir();
                var path = Path.Combine(dir, "release.md");
                File.WriteAllBytes(path, bytes);
                var bag = new DiagnosticBag();
                var read = ReleaseInputs.ReadFile(path, null, bag);
                if (read is not null)
                {
                    _ = LineItemFormat.Json(read);
                    _ = LineItemFormat.Csv(read);
                }

                Assert.All(bag.Items, d => Assert.StartsWith("XG", d.Code, StringComparison.Ordinal));
                Directory.Delete(dir, recursive: true);
            },
            iter: 300,
            print: t => Encoding.UTF8.GetString(t.Item2.Aggregate(originals[t.Item1], (b, m) => m.Apply(b))).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
