using System.Globalization;
using System.Text.Json;
using XbrlGen.Comparison;
using XbrlGen.Diagnostics;
using XbrlGen.Pipeline;
using XbrlGen.Tests.Review;
using XbrlGen.Validation;
using XbrlGen.Xbrl;

namespace XbrlGen.Tests.Comparison;

/// <summary>
/// <c>xbrlgen diff</c> on the bundled filing: against itself, against the next quarter's filing (the bundled release with
/// every date a quarter later), against itself with one value changed, and in each of its forms (instance, Inline XBRL,
/// packages, xBRL-JSON).
/// </summary>
public sealed class DiffTests
{
    /// <summary>The bundled filing, generated once into a folder of its own.</summary>
    internal static readonly Lazy<(GenerateResult Result, string Folder)> Bundled = new(() => Generate(File.ReadAllText(TestPaths.Release)));

    internal static readonly Lazy<(GenerateResult Result, string Folder)> NextQuarter = new(() => Generate(ReviewRuleTests.ShiftQuarter(File.ReadAllText(TestPaths.Release))));

    internal static (GenerateResult Result, string Folder) Generate(string releaseText)
    {
        var dir = TestPaths.TempDir();
        var release = Path.Combine(dir, "release.txt");
        File.WriteAllText(release, releaseText);
        var output = Path.Combine(dir, "out");
        var result = Generator.Run(TestPaths.Options(release, output));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        return (result, output);
    }

    private static string Instance((GenerateResult Result, string Folder) run) => Path.Combine(run.Folder, run.Result.Filing!.InstanceFile);

    private static TaxonomyCatalog Catalog() => TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, new DiagnosticBag())!;

    private static FilingDiff Diff(string old, string @new)
    {
        var result = FilingComparison.Compare(old, @new, Catalog());
        Assert.True(result.Diff is not null, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Diff!;
    }

    /// <summary>A copy of the bundled output folder with one file edited.</summary>
    private static string CopyWith(string file, Func<string, string> edit)
    {
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(Bundled.Value.Folder))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var path = Path.Combine(dir, file);
        var before = File.ReadAllText(path);
        var after = edit(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
        return dir;
    }

    [Fact]
    public void The_bundled_filing_against_itself_is_equal_and_exits_0()
    {
        var instance = Instance(Bundled.Value);
        var (exit, stdout, stderr) = Outcome.Cli("diff", instance, instance);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal($"{instance} -> {instance}: equal\n", stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_quarter_adds_and_removes_exactly_the_facts_whose_keys_only_one_filing_has()
    {
        // The expected sets come from the generator's own facts, not from reading the instances.
        static string Key(Fact f) => string.Join("|", f.Concept.Name.Prefixed, f.Context.Period.ToString(),
            string.Join(", ", f.Context.Members.Select(m => m.Axis.Name.Prefixed + "=" + m.Member.Name.Prefixed).Order(StringComparer.Ordinal)),
            f.Unit is null ? string.Empty : string.Join("*", f.Unit.Numerator.Select(n => n.Prefixed)) + (f.Unit.IsDivide ? "/" + string.Join("*", f.Unit.Denominator.Select(n => n.Prefixed)) : string.Empty));
        static string Shown(FactChange c) => string.Join("|", c.Concept, c.Period, string.Join(", ", c.Dimensions.Split(", ", StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)), c.Unit);

        var old = Bundled.Value.Result.Filing!.Facts.ToDictionary(Key);
        var @new = NextQuarter.Value.Result.Filing!.Facts.ToDictionary(Key);
        var diff = Diff(Instance(Bundled.Value), Instance(NextQuarter.Value));

        var added = @new.Keys.Where(k => !old.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var removed = old.Keys.Where(k => !@new.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var changed = @new.Keys.Where(k => old.TryGetValue(k, out var o) && (o.Lexical != @new[k].Lexical || o.Decimals != @new[k].Decimals)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(added);
        Assert.NotEmpty(removed);
        Assert.Equal(added, diff.Facts.Where(f => f.Kind == ChangeKind.Added).Select(Shown).Order(StringComparer.Ordinal));
        Assert.Equal(removed, diff.Facts.Where(f => f.Kind == ChangeKind.Removed).Select(Shown).Order(StringComparer.Ordinal));
        Assert.Equal(changed, diff.Facts.Where(f => f.Kind == ChangeKind.Changed).Select(Shown).Order(StringComparer.Ordinal));

        // The new quarter's revenues are added with their value and place. The old quarter is the new release's
        // sequential comparative: in yen it is there, with the shifted release's figure (changed); in dollars (the
        // convenience translation of the current quarter only) it is removed.
        var revenues = Assert.Single(diff.Facts, f => f is { Kind: ChangeKind.Added, Concept: "gaap:Revenues", Period: "2003-07-01..2003-09-30", Dimensions: "", Unit: "iso4217:JPY" });
        Assert.Equal(@new["gaap:Revenues|2003-07-01..2003-09-30||iso4217:JPY"].Lexical, revenues.New!.Value);
        Assert.Equal(Instance(NextQuarter.Value), revenues.New.Span.File);
        Assert.True(revenues.New.Span.Line > 1);
        var comparative = Assert.Single(diff.Facts, f => f is { Concept: "gaap:Revenues", Period: "2003-04-01..2003-06-30", Dimensions: "", Unit: "iso4217:JPY" });
        Assert.Equal(ChangeKind.Changed, comparative.Kind);
        Assert.Equal(old["gaap:Revenues|2003-04-01..2003-06-30||iso4217:JPY"].Lexical, comparative.Old!.Value);
        Assert.Equal(@new["gaap:Revenues|2003-04-01..2003-06-30||iso4217:JPY"].Lexical, comparative.New!.Value);
        Assert.Single(diff.Facts, f => f is { Kind: ChangeKind.Removed, Concept: "gaap:Revenues", Period: "2003-04-01..2003-06-30", Dimensions: "", Unit: "iso4217:USD" });

        var (exit, stdout, _) = Outcome.Cli("diff", Instance(Bundled.Value), Instance(NextQuarter.Value));
        Assert.Equal(1, exit);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $": differ ({added.Count} facts added, {removed.Count} removed, {changed.Count} changed; {diff.Taxonomy.Count} taxonomy changes)\n"), stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void One_value_changed_in_the_instance_is_exactly_that_change_with_both_values_decimals_difference_and_places()
    {
        var original = File.ReadAllText(Instance(Bundled.Value));
        const string Tag = "<gaap:Revenues contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\"";
        var at = original.IndexOf(Tag, StringComparison.Ordinal);
        Assert.True(at >= 0, "the bundled instance has no plain quarter's revenues");
        var start = original.IndexOf('>', at) + 1;
        var end = original.IndexOf('<', start);
        var oldValue = original[start..end];
        var newValue = (decimal.Parse(oldValue, CultureInfo.InvariantCulture) + 10_000_000m).ToString(CultureInfo.InvariantCulture);
        var folder = CopyWith(Path.GetFileName(Instance(Bundled.Value)), text => text[..start] + newValue + text[end..]);
        var changedInstance = Path.Combine(folder, Path.GetFileName(Instance(Bundled.Value)));
        var line = original[..at].Count(c => c == '\n') + 1;

        var diff = Diff(Instance(Bundled.Value), changedInstance);
        var change = Assert.Single(diff.Facts);
        Assert.Empty(diff.Taxonomy);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(("gaap:Revenues", "2003-04-01..2003-06-30", "", "iso4217:JPY"), (change.Concept, change.Period, change.Dimensions, change.Unit));
        Assert.Equal((oldValue, "-3"), (change.Old!.Value, change.Old.Decimals));
        Assert.Equal((newValue, "-3"), (change.New!.Value, change.New.Decimals));
        Assert.Equal(10_000_000m, change.Difference);
        Assert.False(change.WithinRounding);
        Assert.Equal((Instance(Bundled.Value), line), (change.Old.Span.File, change.Old.Span.Line));
        Assert.Equal((changedInstance, line), (change.New.Span.File, change.New.Span.Line));

        var (exit, stdout, _) = Outcome.Cli("diff", Instance(Bundled.Value), changedInstance, "--format", "json");
        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using (var fact = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal("changed", fact.RootElement.GetProperty("change").GetString());
            Assert.Equal(oldValue, fact.RootElement.GetProperty("old").GetProperty("value").GetString());
            Assert.Equal(newValue, fact.RootElement.GetProperty("new").GetProperty("value").GetString());
            Assert.Equal("10000000", fact.RootElement.GetProperty("difference").GetString());
            Assert.Equal(line, fact.RootElement.GetProperty("new").GetProperty("line").GetInt32());
        }

        using var summary = JsonDocument.Parse(lines[1]);
        Assert.False(summary.RootElement.GetProperty("equal").GetBoolean());
        Assert.Equal(1, summary.RootElement.GetProperty("factsChanged").GetInt32());
    }

    [Fact]
    public void A_change_within_the_coarser_decimals_is_reported_as_within_rounding()
    {
        var original = File.ReadAllText(Instance(Bundled.Value));
        const string Tag = "<gaap:Revenues contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\"";
        var at = original.IndexOf(Tag, StringComparison.Ordinal);
        var start = original.IndexOf('>', at) + 1;
        var end = original.IndexOf('<', start);
        var oldValue = decimal.Parse(original[start..end], CultureInfo.InvariantCulture);
        // Reported to the million, the same amount rounds alike.
        var folder = CopyWith(Path.GetFileName(Instance(Bundled.Value)), text => text[..at] + Tag.Replace("-3", "-6", StringComparison.Ordinal) + text[(at + Tag.Length)..(start)] + (Math.Round(oldValue / 1_000_000m, MidpointRounding.ToEven) * 1_000_000m).ToString(CultureInfo.InvariantCulture) + text[end..]);
        var change = Assert.Single(Diff(Instance(Bundled.Value), Path.Combine(folder, Path.GetFileName(Instance(Bundled.Value)))).Facts);
        Assert.Equal(("-3", "-6"), (change.Old!.Decimals, change.New!.Decimals));
        Assert.True(change.WithinRounding);
    }

    [Fact]
    public void A_changed_label_and_a_changed_calculation_weight_are_taxonomy_changes()
    {
        var lab = Path.GetFileName(Instance(Bundled.Value)).Replace(".xml", "_lab.xml", StringComparison.Ordinal);
        var labels = File.ReadAllText(Path.Combine(Bundled.Value.Folder, lab));
        var first = labels.IndexOf("xml:lang=\"en\"", StringComparison.Ordinal);
        var textStart = labels.IndexOf('>', first) + 1;
        var textEnd = labels.IndexOf('<', textStart);
        var oldText = labels[textStart..textEnd];
        var folder = CopyWith(lab, t => t[..textStart] + "Renamed line" + t[textEnd..]);
        var diff = Diff(Instance(Bundled.Value), Path.Combine(folder, Path.GetFileName(Instance(Bundled.Value))));
        Assert.Empty(diff.Facts);
        var change = Assert.Single(diff.Taxonomy);
        Assert.Equal((TaxonomyPart.Label, ChangeKind.Changed, oldText, "Renamed line"), (change.Part, change.Kind, change.Old, change.New));
        Assert.EndsWith("(en)", change.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".xbr")]
    [InlineData(".xbri")]
    [InlineData("-en.xhtml")]
    [InlineData(".json")]
    public void The_same_filing_in_another_form_is_equal(string form)
    {
        var instance = Instance(Bundled.Value);
        var other = instance[..^".xml".Length] + form;
        Assert.True(File.Exists(other), other);
        var diff = Diff(instance, other);
        Assert.True(diff.Equal, DiffReport.Text(diff));
    }

    [Fact]
    public void A_missing_filing_or_malformed_json_is_exit_2_with_a_coded_error()
    {
        var instance = Instance(Bundled.Value);
        var (exit, stdout, stderr) = Outcome.Cli("diff", instance, Path.Combine(TestPaths.TempDir(), "none.xml"));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"error {Codes.FileNotFound.Code}: ", stderr, StringComparison.Ordinal);

        var json = Path.Combine(TestPaths.TempDir(), "bad.json");
        File.WriteAllText(json, "{\n  \"documentInfo\": {\n    \"documentType\": \"https://xbrl.org/2021/xbrl-json\",\n  ]\n}\n");
        (exit, stdout, stderr) = Outcome.Cli("diff", instance, json);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"bad.json(4,3): error {Codes.JsonMalformed.Code}: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_byte_identical_across_runs_and_cultures()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            string Report() => DiffReport.JsonLines(Diff(Instance(Bundled.Value), Instance(NextQuarter.Value))) + DiffReport.Text(Diff(Instance(Bundled.Value), Instance(NextQuarter.Value)));
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var first = Report();
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var second = Report();
            Assert.Equal(first, second);
            Assert.All(first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')), l => JsonDocument.Parse(l).Dispose());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
