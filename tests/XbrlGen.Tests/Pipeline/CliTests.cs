using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Pipeline;

public class CliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Outcome.Cli(args);

    [Fact]
    public void Validate_prints_a_verdict_line_per_file()
    {
        var (exit, output, _) = Run("validate", Path.Combine(TestPaths.Layout.Output, "iij-20030630.xml"));
        Assert.Equal(0, exit);
        Assert.EndsWith("iij-20030630.xml: valid", output.TrimEnd());
    }

    [Fact]
    public void Validate_reports_a_monetary_fact_with_a_shares_unit()
    {
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(TestPaths.Layout.Output))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var instance = Path.Combine(dir, "iij-20030630.xml");
        var text = File.ReadAllText(instance);
        var i = text.IndexOf("<gaap:Revenues contextRef=\"D20030401_20030630\" unitRef=\"JPY\"", StringComparison.Ordinal);
        var j = text.IndexOf("unitRef=\"JPY\"", i, StringComparison.Ordinal);
        File.WriteAllText(instance, text[..j] + "unitRef=\"shares\"" + text[(j + "unitRef=\"JPY\"".Length)..]);
        var (exit, output, _) = Run("validate", instance);
        Assert.Equal(1, exit);
        Assert.Contains("error xbrl.4.8.2", output, StringComparison.Ordinal);
        Assert.Contains(": invalid (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_usage_exits_2_with_a_coded_message()
    {
        var (exit, _, err) = Run("generate", "--no-such-option");
        Assert.Equal(2, exit);
        Assert.Contains(Codes.Usage.Code, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "csv")]
    [InlineData("extract", "xml")]
    [InlineData("generate", "csv")]
    public void A_format_the_command_does_not_write_is_a_coded_error_not_help(string command, string format)
    {
        var (exit, stdout, err) = Run(command, "--format", format);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"error {Codes.Usage.Code}: ", err, StringComparison.Ordinal);
        Assert.Contains(format, err, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_json_is_json_lines_only_with_a_summary_for_each_file_valid_or_not()
    {
        var dir = TestPaths.TempDir();
        var broken = Path.Combine(dir, "broken.xml");
        File.WriteAllText(broken, "<xbrl");
        var valid = Path.Combine(TestPaths.Layout.Output, "iij-20030630.xml");
        var (exit, stdout, _) = Run("validate", valid, broken, "--format", "json");
        Assert.Equal(2, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var summaries = lines.Where(l => l.TryGetProperty("valid", out _)).ToList();
        Assert.Equal(2, summaries.Count);
        Assert.True(summaries[0].GetProperty("valid").GetBoolean());
        Assert.Equal(0, summaries[0].GetProperty("errors").GetInt32());
        Assert.False(summaries[1].GetProperty("valid").GetBoolean());
        Assert.Contains(lines, l => l.TryGetProperty("code", out var c) && c.GetString() == Codes.XmlMalformed.Code);
    }

    [Fact]
    public void A_folder_given_as_a_file_is_named_as_a_folder()
    {
        var dir = TestPaths.TempDir();
        var (generateExit, _, generateErr) = Run("generate", "--release", dir, "--out", Path.Combine(dir, "out"));
        Assert.Equal(2, generateExit);
        Assert.Contains($"error {Codes.InputIsDirectory.Code}: '{dir}' is a folder", generateErr, StringComparison.Ordinal);

        var (validateExit, validateOut, _) = Run("validate", dir);
        Assert.Equal(2, validateExit);
        Assert.Contains($"error {Codes.InputIsDirectory.Code}: ", validateOut, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_release_exits_2_and_writes_nothing()
    {
        var dir = TestPaths.TempDir();
        var release = Path.Combine(dir, "empty.txt");
        File.WriteAllText(release, string.Empty);
        var (exit, _, err) = Run("generate", "--release", release, "--out", Path.Combine(dir, "out"));
        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.EmptyInput.Code}", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Extract_lists_line_items_with_their_source_line()
    {
        var (exit, output, _) = Run("extract", "--release", TestPaths.Release, "--format", "csv");
        Assert.Equal(0, exit);
        Assert.StartsWith("file,line,source,", output.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("iij-1q03.txt,861,\"Total revenues 69,609 8,344,046 100.0 9,849,202 100.0 (15.3) 13,036,439 100.0 (36.0)\",en,appendix-1,CONSOLIDATED STATEMENTS OF OPERATIONS,Costs and expenses,Total revenues,1,Amount,3 months to 2003-06-30,JPY,3,\"8,344,046\",8344046", output.Replace("Connectivity and value-added services,Total revenues", "Costs and expenses,Total revenues", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_json_is_json_lines_with_the_file_line_and_printed_text_of_each_figure()
    {
        var (exit, output, _) = Run("extract", "--release", TestPaths.Release, "--format", "json");
        Assert.Equal(0, exit);
        var items = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var total = Assert.Single(items, i => i.GetProperty("line").GetInt32() == 861 && i.GetProperty("printed").GetString() == "8,344,046");
        Assert.Equal(Path.GetFileName(TestPaths.Release), total.GetProperty("file").GetString());
        Assert.Equal(System.Text.RegularExpressions.Regex.Replace(TestPaths.ReleaseLines[860].Trim(), @"\s+", " "), total.GetProperty("source").GetString());
        Assert.Equal("Total revenues", total.GetProperty("label").GetString());
        Assert.Equal(3, total.GetProperty("scale").GetInt32());
        Assert.Equal(8344046000m, total.GetProperty("value").GetDecimal());
        Assert.Equal("JPY", total.GetProperty("unit").GetString());
        Assert.Equal("2003-04-01", total.GetProperty("start").GetString());
        Assert.Equal("2003-06-30", total.GetProperty("end").GetString());
    }

    [Fact]
    public void Generate_gives_the_findings_and_coverage_as_json_lines()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, stdout, _) = Run("generate", "--out", output, "--format", "json");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var caption = Assert.Single(lines, l => l.TryGetProperty("code", out var c) && c.GetString() == Codes.CaptionSign.Code);
        Assert.Equal(703, caption.GetProperty("line").GetInt32());
        Assert.Contains("Income tax benefit (expense) -390 161 97", caption.GetProperty("quoted")[0].GetString(), StringComparison.Ordinal);
        var coverage = lines[^1];
        Assert.Equal("coverage", coverage.GetProperty("kind").GetString());
        Assert.Equal(418, coverage.GetProperty("facts").GetInt32());
        Assert.True(File.Exists(Path.Combine(output, "iij-20030630-review.html")));
    }

    [Fact]
    public void Extract_prose_shows_every_figure_of_the_text_and_what_it_restates()
    {
        var (exit, stdout, _) = Run("extract", "--prose");
        Assert.Equal(0, exit);
        Assert.StartsWith("file,line,language,text,value,unit,scale,matched\n", stdout, StringComparison.Ordinal);
        Assert.Contains("iij-1q03.txt,16,ja,13.7 億円,13.7,JPY,8,", stdout, StringComparison.Ordinal);
        Assert.Contains("iij-1q03.txt,377,en,$ 69.6 million,69.6,USD,6,gaap:Revenues 2003-04-01..2003-06-30 USD decimals -3", stdout, StringComparison.Ordinal);
        Assert.Contains("iij-1q03.txt,725,en,64.1%,64.1,%,0,unmatched", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_as_errors_refuses_the_bundled_release_and_writes_nothing()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, _, err) = Run("generate", "--out", output, "--warnings-as-errors");

        // The release's substantive contradictions (a caption against its signs, a note naming the wrong period) are
        // warnings by default and errors here; rounding-level differences stay infos.
        Assert.Equal(1, exit);
        Assert.Contains($"error {Codes.CaptionSign.Code}", err, StringComparison.Ordinal);
        Assert.Contains($"error {Codes.PeriodReference.Code}", err, StringComparison.Ordinal);
        Assert.Contains($"info {Codes.CopiesDifferByRounding.Code}", err, StringComparison.Ordinal);
        Assert.DoesNotContain(": warning ", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));

        var (lenient, _, _) = Run("generate", "--out", output);
        Assert.Equal(0, lenient);
        Assert.True(File.Exists(Path.Combine(output, "iij-20030630.xml")));
    }

    [Fact]
    public void Validate_refuses_an_instance_over_its_size_limit()
    {
        var instance = Path.Combine(TestPaths.Layout.Output, "iij-20030630.xml");
        var (exit, output, _) = Run("validate", instance, "--max-input-bytes", "1000");
        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.XmlTooLarge.Code}: XML exceeds a safety limit: the file is {new FileInfo(instance).Length} bytes, over the limit of 1000 bytes", output, StringComparison.Ordinal);
        Assert.EndsWith(": invalid (1 errors)", output.TrimEnd(), StringComparison.Ordinal);
    }
}
