using XbrlGen.Diagnostics;
using XbrlGen.Tests.Comparison;

namespace XbrlGen.Tests.Validation;

/// <summary>
/// xBRL-JSON read in: the bundled filing's report validates and reads as the instance's facts; an instance converted to
/// xBRL-JSON and back is the same filing; malformed JSON, an unknown concept, a bad period and a document that is not
/// xBRL-JSON are coded errors on the fact's line.
/// </summary>
public sealed class JsonReportTests
{
    /// <summary>A copy of the bundled filing (instance, taxonomy and xBRL-JSON report) in a folder of its own, the report edited.</summary>
    private static (string Instance, string Json) Copy(Func<string, string>? edit = null)
    {
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(DiffTests.Bundled.Value.Folder))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var filing = DiffTests.Bundled.Value.Result.Filing!;
        var json = Path.Combine(dir, filing.JsonFile);
        if (edit is not null)
        {
            var before = File.ReadAllText(json);
            var after = edit(before);
            Assert.NotEqual(before, after);
            File.WriteAllText(json, after);
        }

        return (Path.Combine(dir, filing.InstanceFile), json);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, from);
        return text[..i] + to + text[(i + from.Length)..];
    }

    [Fact]
    public void The_bundled_report_validates()
    {
        var (_, json) = Copy();
        var (exit, stdout, _) = Outcome.Cli("validate", json);
        Assert.Equal(0, exit);
        Assert.Matches(@": valid \([1-9][0-9]* facts, [1-9][0-9]* contexts, [1-9][0-9]* units\)$", stdout.TrimEnd());
    }

    [Fact]
    public void An_instance_converted_to_json_and_back_is_the_same_filing()
    {
        var (instance, _) = Copy();
        var dir = Path.GetDirectoryName(instance)!;
        var json = Path.Combine(dir, "converted.json");
        var back = Path.Combine(dir, "back.xml");
        Assert.Equal(0, Outcome.Cli("convert", instance, "--to", "json", "--out", json).Exit);
        Assert.Equal(0, Outcome.Cli("convert", json, "--to", "xml", "--out", back).Exit);
        var (exit, stdout, _) = Outcome.Cli("validate", back);
        Assert.True(exit == 0, stdout);
        foreach (var other in new[] { json, back })
        {
            var (diffExit, diffOut, diffErr) = Outcome.Cli("diff", instance, other);
            Assert.True(diffExit == 0, diffOut + diffErr);
            Assert.EndsWith(": equal", diffOut.TrimEnd(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_concept_is_a_coded_error_on_its_fact_line()
    {
        var (_, json) = Copy(t => ReplaceFirst(t, "\"concept\": \"gaap:Revenues\"", "\"concept\": \"gaap:NoSuchConcept\""));
        var line = File.ReadAllLines(json).ToList().FindIndex(l => l.Contains("gaap:NoSuchConcept", StringComparison.Ordinal)) + 1;
        var (exit, stdout, _) = Outcome.Cli("validate", json);
        Assert.Equal(1, exit);
        var error = Assert.Single(stdout.Split('\n'), l => l.Contains($"error {Codes.JsonUnknownConcept.Code}:", StringComparison.Ordinal));
        Assert.Contains("'gaap:NoSuchConcept' is not a concept", error, StringComparison.Ordinal);
        // The place is the fact's id, a few lines above its concept.
        var at = int.Parse(error[(error.IndexOf(".json(", StringComparison.Ordinal) + 6)..error.IndexOf(',', error.IndexOf(".json(", StringComparison.Ordinal))], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(at, line - 6, line - 1);
    }

    [Fact]
    public void A_bad_period_is_a_coded_error()
    {
        var (_, json) = Copy(t => ReplaceFirst(t, "\"period\": \"2003-04-01T00:00:00/2003-07-01T00:00:00\"", "\"period\": \"2003-07-01T00:00:00/2003-04-01T00:00:00\""));
        var (exit, stdout, _) = Outcome.Cli("validate", json);
        Assert.Equal(1, exit);
        Assert.Contains($"error {Codes.JsonBadPeriod.Code}: fact 'f1': period '2003-07-01T00:00:00/2003-04-01T00:00:00'", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"documentType\": \"https://xbrl.org/2021/xbrl-json\"", "\"documentType\": \"https://example.com/other\"", "documentInfo.documentType")]
    [InlineData("\"facts\": {", "\"notFacts\": {", "no facts object")]
    public void A_document_that_is_not_xbrl_json_is_refused(string from, string to, string reason)
    {
        var (_, json) = Copy(t => ReplaceFirst(t, from, to));
        var (exit, stdout, _) = Outcome.Cli("validate", json);
        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.JsonStructure.Code}: not an xBRL-JSON report: ", stdout, StringComparison.Ordinal);
        Assert.Contains(reason, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_a_coded_error_with_its_place_and_no_stack_trace()
    {
        var (_, json) = Copy(t => t[..(t.Length / 2)]);
        var (exit, stdout, stderr) = Outcome.Cli("validate", json);
        Assert.Equal(2, exit);
        Assert.Contains($"error {Codes.JsonMalformed.Code}: not well-formed JSON", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }
}
