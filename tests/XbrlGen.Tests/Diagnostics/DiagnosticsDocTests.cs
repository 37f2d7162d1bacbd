using System.Text;
using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Diagnostics;

/// <summary>
/// <c>docs/diagnostics.md</c> is generated from the one catalog, <see cref="Codes"/>: every code, its severity, what an
/// error means for the exit code, and each of its messages. The test fails when the file is stale, and writes the
/// current one, so that committing it is all a change of the catalog needs.
/// </summary>
public partial class DiagnosticsDocTests
{
    private static readonly (string Prefix, string Stage)[] Stages =
    [
        ("XG01", "Reading the release"),
        ("XG02", "The mapping"),
        ("XG03", "The figures and the review"),
        ("XG05", "Labels"),
        ("XG06", "Output"),
        ("XG07", "Unsafe or unreadable input: XML, packages"),
        ("XG08", "The command line"),
        ("XG09", "Internal"),
    ];

    public static string Generate()
    {
        var all = DiagnosticCatalogTests.All().Select(a => a.Descriptor).ToList();
        var sb = new StringBuilder();
        sb.Append("# Diagnostics\n\n")
          .Append("Generated from the catalog (`src/XbrlGen/Diagnostics/Codes*.cs`) by `DiagnosticsDocTests`; do not edit by hand.\n\n")
          .Append("Every diagnostic prints as `file(line,col): severity CODE: message`, or as one JSON object per line with `--format json`. ")
          .Append("Exit codes: **0** clean (warnings and infos allowed), **1** invalid (an XBRL rule broken, figures that disagree), ")
          .Append("**2** unusable (unreadable or unsafe input, a mapping that does not fit, bad usage). `{0}`, `{1}`, ... stand for the particulars.\n\n");

        void Table(string title, IEnumerable<DiagnosticDescriptor> descriptors)
        {
            var rows = descriptors.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (rows.Count == 0)
            {
                return;
            }

            sb.Append("## ").Append(title).Append("\n\n| code | severity | exit | message |\n| --- | --- | --- | --- |\n");
            foreach (var group in rows)
            {
                var first = group.First();
                var exit = first.Severity == Severity.Error ? ((int)first.Outcome).ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
                var messages = string.Join("<br>", group.Select(d => Cell(d.Format)).Distinct(StringComparer.Ordinal));
                sb.Append("| `").Append(group.Key).Append("` | ").Append(Diagnostic.SeverityWord(first.Severity)).Append(" | ").Append(exit).Append(" | ").Append(messages).Append(" |\n");
            }

            sb.Append('\n');
        }

        foreach (var (prefix, stage) in Stages)
        {
            Table($"{stage} ({prefix}xx)", all.Where(d => d.Code.StartsWith(prefix, StringComparison.Ordinal)));
        }

        var xg = all.Where(d => d.Code.StartsWith("XG", StringComparison.Ordinal)).ToList();
        Table("Other XbrlGen codes", xg.Where(d => !Stages.Any(s => d.Code.StartsWith(s.Prefix, StringComparison.Ordinal))));
        Table("Validation, by specification section or error QName", all.Where(d => !d.Code.StartsWith("XG", StringComparison.Ordinal)));
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    [Fact]
    public void The_diagnostics_page_is_generated_from_the_catalog()
    {
        var path = Path.Combine(TestPaths.Layout.Root, "docs", "diagnostics.md");
        var expected = Generate();
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (actual != expected)
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(actual == expected, "docs/diagnostics.md was stale and has been regenerated from Codes: commit it");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<file>[^\s(]+)(\(\d+,\d+\))?: (?<severity>error|warning|info) (?<code>[A-Za-z0-9.:]+): (?<message>.*?)( \[see [^\]]+\])*$")]
    private static partial System.Text.RegularExpressions.Regex ExampleLine();

    /// <summary>Every diagnostic shown as an example in the README or the docs is one the catalog can print: its code, severity and message.</summary>
    [Fact]
    public void Every_example_diagnostic_in_the_docs_is_what_the_tool_prints()
    {
        var root = TestPaths.Layout.Root;
        var files = Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md")).Where(f => Path.GetFileName(f) != "diagnostics.md");
        var descriptors = DiagnosticCatalogTests.All().Select(a => a.Descriptor).ToList();
        var checkedCount = 0;
        foreach (var file in files)
        {
            var inBlock = false;
            foreach (var line in File.ReadAllLines(file))
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inBlock = !inBlock;
                    continue;
                }

                var m = inBlock ? ExampleLine().Match(line) : System.Text.RegularExpressions.Match.Empty;
                if (!m.Success)
                {
                    continue;
                }

                checkedCount++;
                var fits = descriptors.Where(d => d.Code == m.Groups["code"].Value && Diagnostic.SeverityWord(d.Severity) == m.Groups["severity"].Value)
                    .Any(d => FormatPattern(d.Format).IsMatch(m.Groups["message"].Value));
                Assert.True(fits, $"{Path.GetFileName(file)}: no catalog entry prints \"{line}\"");
            }
        }

        Assert.True(checkedCount >= 5, $"only {checkedCount} example diagnostics found");
    }

    /// <summary>A descriptor's format as a pattern: its text literally, each placeholder any text.</summary>
    private static System.Text.RegularExpressions.Regex FormatPattern(string format) =>
        new("^" + System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Escape(format.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal)), @"\\\{\d+(:[^}]*)?}", ".*") + "$", System.Text.RegularExpressions.RegexOptions.Singleline);

    [Fact]
    public void Every_code_of_the_catalog_is_on_the_page()
    {
        var page = Generate();
        foreach (var (name, descriptor) in DiagnosticCatalogTests.All())
        {
            Assert.True(page.Contains("| `" + descriptor.Code + "` |", StringComparison.Ordinal), name);
        }
    }
}
