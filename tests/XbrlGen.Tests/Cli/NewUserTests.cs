using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Tests.Review;

namespace XbrlGen.Tests.Cli;

/// <summary>
/// What a new user trips over first, each as it was reported: options taken for file names, no usage, a parser's type
/// name as the message, a closing line with the wrong plural or no counts, cascades after the cause, inputs the command
/// does not take, format options ignored, a page named twice, another filing replaced without a word.
/// </summary>
public partial class NewUserTests
{
    private static string Instance => Path.Combine(TestPaths.Layout.Output, "iij-20030630.xml");

    /// <summary>A temporary folder holding the bundled filing's documents.</summary>
    private static string CopyOfOutput()
    {
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(TestPaths.Layout.Output, "iij-20030630*"))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        return dir;
    }

    [Fact]
    public void A_schemaRef_that_cannot_be_resolved_is_reported_once_and_nothing_follows_from_it()
    {
        var file = Path.Combine(TestPaths.TempDir(), "alone.xml");
        File.Copy(Instance, file);

        var (exit, output, _) = Outcome.Cli("validate", file);

        Assert.Equal(2, exit);
        var errors = output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Contains($"error {Codes.XmlRefUnresolved.Code}: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-f")]
    public void An_unknown_option_of_validate_is_a_usage_error_and_nothing_is_validated(string option)
    {
        var (exit, output, error) = Outcome.Cli("validate", option, "json", Instance);

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.Usage.Code}: Unrecognized command or argument '{option}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("valid", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Codes.FileNotFound.Code, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_of_convert_is_a_usage_error()
    {
        var (exit, _, error) = Outcome.Cli("convert", "--bogus", Instance, "--to", "json");
        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.Usage.Code}: Unrecognized command or argument '--bogus'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("help")]
    public void A_bare_xbrlgen_or_help_prints_the_usage(params string[] args)
    {
        var (exit, output, error) = Outcome.Cli(args);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("xbrlgen [command] [options]", output, StringComparison.Ordinal);
        foreach (var command in new[] { "generate", "validate", "convert", "extract" })
        {
            Assert.Contains("  " + command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_with_a_command_prints_that_commands_usage()
    {
        var (exit, output, _) = Outcome.Cli("help", "validate");
        Assert.Equal(0, exit);
        Assert.Contains("xbrlgen validate <files>... [options]", output, StringComparison.Ordinal);
        Assert.Contains("Inline XBRL pages", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "abc")]
    [InlineData("validate", "-5")]
    [InlineData("generate", "12.5")]
    public void A_byte_count_that_is_not_a_whole_number_says_so(string command, string value)
    {
        string[] args = command == "validate" ? ["validate", Instance, "--max-input-bytes", value] : ["generate", "--max-input-bytes", value, "--out", TestPaths.TempDir()];
        var (exit, output, error) = Outcome.Cli(args);

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.Usage.Code}: --max-input-bytes takes a whole number of bytes greater than 0, not '{value}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", output + error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@": invalid \((?<n>[0-9,]+) (?<noun>errors?)\)$")]
    private static partial Regex InvalidVerdict();

    [Fact]
    public void The_closing_line_counts_errors_in_the_right_number_and_a_valid_instance_its_facts()
    {
        var dir = CopyOfOutput();
        var text = File.ReadAllText(Instance);
        const string revenue = "<gaap:Revenues contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\">8344046000</gaap:Revenues>";
        Assert.Contains(revenue, text, StringComparison.Ordinal);

        // One fact with a unit its type does not take: exactly one error.
        var one = Path.Combine(dir, "one.xml");
        File.WriteAllText(one, text.Replace(revenue, revenue + "\n  " + revenue.Replace("Revenues", "CostOfRevenue", StringComparison.Ordinal).Replace("unitRef=\"JPY\"", "unitRef=\"shares\"", StringComparison.Ordinal), StringComparison.Ordinal));
        var (exit, output, _) = Outcome.Cli("validate", one);
        Assert.Equal(1, exit);
        var verdict = output.TrimEnd().Split('\n')[^1];
        var match = InvalidVerdict().Match(verdict);
        Assert.True(match.Success, verdict);
        Assert.Equal(match.Groups["n"].Value == "1" ? "error" : "errors", match.Groups["noun"].Value);
        Assert.Equal(Regex.Matches(output, ": error ").Count.ToString(System.Globalization.CultureInfo.InvariantCulture), match.Groups["n"].Value);

        // The facts, contexts and units of the instance, counted from the document itself.
        var facts = Regex.Matches(text, "contextRef=\"").Count;
        var contexts = Regex.Matches(text, "<xbrli:context ").Count;
        var units = Regex.Matches(text, "<xbrli:unit ").Count;
        var (validExit, validOutput, _) = Outcome.Cli("validate", Instance);
        Assert.Equal(0, validExit);
        Assert.EndsWith($"iij-20030630.xml: valid ({facts} facts, {contexts} contexts, {units} units)", validOutput.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_not_called_invalid()
    {
        var file = Path.Combine(CopyOfOutput(), "cut.xml");
        File.WriteAllText(file, File.ReadAllText(Instance)[..5000]);

        var (exit, output, _) = Outcome.Cli("validate", file);

        Assert.Equal(2, exit);
        Assert.EndsWith($"{file}: not validated: unreadable (1 error)", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_instance_reports_the_break_and_nothing_that_follows_from_it()
    {
        var file = Path.Combine(CopyOfOutput(), "cut.xml");
        var text = File.ReadAllText(Instance);
        File.WriteAllText(file, text[..(text.Length / 2)]);

        var (exit, output, _) = Outcome.Cli("validate", file);

        Assert.Equal(2, exit);
        var errors = output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Single(errors);
        Assert.Contains($"error {Codes.XmlMalformed.Code}: ", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_xbrl_json_report_is_validated_whatever_its_name()
    {
        var json = Path.Combine(TestPaths.Layout.Output, "iij-20030630.json");
        var folder = TestPaths.TempDir();
        foreach (var schemaOrLinkbase in Directory.GetFiles(TestPaths.Layout.Output, "iij-20030630*").Where(f => Path.GetExtension(f) is ".xsd" or ".xml"))
        {
            File.Copy(schemaOrLinkbase, Path.Combine(folder, Path.GetFileName(schemaOrLinkbase)));
        }

        var renamed = Path.Combine(folder, "report.txt");
        File.Copy(json, renamed);

        foreach (var file in new[] { json, renamed })
        {
            var (exit, output, _) = Outcome.Cli("validate", file);

            Assert.Equal(0, exit);
            Assert.Matches($@"{Regex.Escape(file)}: valid \([1-9][0-9]* facts, [1-9][0-9]* contexts, [1-9][0-9]* units\)", output);
            Assert.DoesNotContain(Codes.XmlMalformed.Code, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("iij-20030630.xbr", "a report package")]
    [InlineData("iij-20030630.xbri", "a report package")]
    public void Convert_given_what_it_does_not_take_says_what_it_takes(string file, string kind)
    {
        var input = Path.Combine(TestPaths.Layout.Output, file);
        var (exit, _, error) = Outcome.Cli("convert", input, "--to", "xml", "--out", Path.Combine(TestPaths.TempDir(), "x.xml"));

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.ConvertUnsupported.Code}: convert takes an xBRL-XML instance, an xBRL-JSON report, or the pages of one Inline XBRL document set; '{input}' is {kind}", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Codes.XmlMalformed.Code, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_prose_writes_json_lines_when_asked()
    {
        var (exit, output, _) = Outcome.Cli("extract", "--prose", "--format", "json");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.All(lines, l => Assert.StartsWith("{\"file\":", l, StringComparison.Ordinal));
        var csv = Outcome.Cli("extract", "--prose").Out.TrimEnd().Split('\n');
        Assert.Equal(csv.Length - 1, lines.Length);
        // Japanese text is written as UTF-8, not as \u escapes.
        Assert.Contains(lines, l => l.Contains("\"language\":\"ja\"", StringComparison.Ordinal) && l.Any(c => c > 0x3000));
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_in_json_writes_its_errors_as_json_lines_on_standard_output_when_it_fails()
    {
        var release = TestPaths.ReleaseWith(_ => string.Empty);
        var (exit, output, _) = Outcome.Cli("generate", "--release", release, "--out", Path.Combine(TestPaths.TempDir(), "out"), "--format", "json");

        Assert.Equal(2, exit);
        var line = Assert.Single(output.TrimEnd().Split('\n'));
        Assert.StartsWith("{\"severity\":\"error\",\"code\":\"" + Codes.EmptyInput.Code + "\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_in_json_writes_file_names_as_utf8()
    {
        var dir = CopyOfOutput();
        var japanese = Path.Combine(dir, "決算.xml");
        File.Move(Path.Combine(dir, "iij-20030630.xml"), japanese);
        var (exit, output, _) = Outcome.Cli("validate", japanese, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("決算.xml\",\"valid\":true", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_named_twice_is_validated_once()
    {
        var page = Path.Combine(TestPaths.Layout.Output, "iij-20030630-en.xhtml");
        var (exit, output, _) = Outcome.Cli("validate", page, page);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("resourceIdDuplication", output, StringComparison.Ordinal);
        Assert.Single(output.TrimEnd().Split('\n'), l => l.Contains(": valid", StringComparison.Ordinal));
    }

    [Fact]
    public void The_console_summary_counts_what_the_review_page_counts()
    {
        var (exit, _, error) = Outcome.Cli("generate", "--out", Path.Combine(TestPaths.TempDir(), "out"));
        Assert.Equal(0, exit);

        var summary = Regex.Match(error, @"info XG0307: (?<facts>\d+) facts: (?<filed>\d+) filed from the release's (?<figures>\d+) printed figures \(also (?<merged>\d+) merged copies of them; not filed: (?<dashes>\d+) dashes, (?<percent>\d+) % figures, (?<unmapped>\d+) figures of unmapped lines\), and (?<dei>\d+) from the mapping");
        Assert.True(summary.Success, error);
        int N(string g) => int.Parse(summary.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(N("figures"), N("filed") + N("merged") + N("dashes") + N("percent") + N("unmapped"));
        Assert.Equal(N("facts"), N("filed") + N("dei"));

        var page = File.ReadAllText(Path.Combine(TestPaths.Layout.Output, "iij-20030630-review.html"));
        foreach (var (label, group) in new[] { ("release figures (tables)", "figures"), ("facts", "facts"), ("figures filed", "filed"), ("merged copies", "merged") })
        {
            Assert.Matches($@">{Regex.Escape(label)}</th>\s*<td[^>]*>{N(group)}<", page);
        }
    }

    [Fact]
    public void Generate_refuses_to_replace_a_filing_of_another_period_unless_told()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, Outcome.Cli("generate", "--out", output).Exit);
        var before = File.ReadAllBytes(Path.Combine(output, "iij-20030630.xml"));
        var next = TestPaths.ReleaseWith(ReviewRuleTests.ShiftQuarter);

        var (exit, _, error) = Outcome.Cli("generate", "--release", next, "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.OutputOtherFiling.Code}: the output folder '{output}' holds the filing 'iij-20030630', of another entity or period than 'iij-20030930'", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "iij-20030630.xml")));

        var replaced = Outcome.Cli("generate", "--release", next, "--out", output, "--replace");
        Assert.True(replaced.Exit == 0, replaced.Err);
        Assert.True(File.Exists(Path.Combine(output, "iij-20030930.xml")));
        Assert.False(File.Exists(Path.Combine(output, "iij-20030630.xml")));
    }
}
