using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Pipeline;
using XbrlGen.Tests.Diagnostics;

namespace XbrlGen.Tests.Mapping;

/// <summary>
/// Mapping files are read strictly (issue 22): a misspelt key, a value of the wrong kind or an unknown concept is an
/// error at the mapping file's line and column with a did-you-mean; a label may be English or Japanese alone; a wrong
/// label is the mapping's error, not the release's.
/// </summary>
public partial class StrictMappingTests
{
    private const string Minority = "        concept: gaap:NetIncomeLossAttributableToNoncontrollingInterest\n        negated: true\n";
    private const string Inventory = "      - label: { en: \"Inventories\", ja: \"棚卸資産\" }\n        concept: gaap:InventoryNet\n";

    private static (GenerateResult Result, string Path) Run(string file, string find, string replace)
    {
        // The first occurrence only: one error to look for.
        var mapping = TestPaths.MappingWith((file, t => t.IndexOf(find, StringComparison.Ordinal) is var i and >= 0 ? t[..i] + replace + t[(i + find.Length)..] : t));
        return (Generator.Run(TestPaths.Options(mapping: mapping)), Path.Combine(mapping, file));
    }

    [Theory]
    [InlineData("mapping.yaml", Minority, "        concept: gaap:NetIncomeLossAttributableToNoncontrollingInterest\n        negate: true\n", "negate: true", "unknown key 'negate' in a line of mapping.yaml; did you mean 'negated'?")]
    [InlineData("entity.yaml", "  primaryLanguage: en ", "  primaryLanguge: ja ", "primaryLanguge", "unknown key 'primaryLanguge' in 'document'; did you mean 'primaryLanguage'?")]
    [InlineData("concepts.yaml", "    periodType: duration\n    balance: debit\n", "    periodType: duration\n    balanse: debit\n", "balanse", "unknown key 'balanse' in a concept of concepts.yaml; did you mean 'balance'?")]
    [InlineData("mapping.yaml", Inventory, Inventory + "        colour: blue\n", "colour", "unknown key 'colour' in a line of mapping.yaml; the keys here are: label, concept, role, negated, unit, period, sum, members")]
    [InlineData("mapping.yaml", "{ en: \"Inventories\", ja: \"棚卸資産\" }", "{ en: \"Inventories\", jp: \"棚卸資産\" }", "jp:", "unknown key 'jp' in 'label'; did you mean 'ja'?")]
    public void An_unknown_key_is_an_error_at_its_line_and_column_with_a_did_you_mean(string file, string find, string replace, string at, string message)
    {
        var (result, path) = Run(file, find, replace);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.True(error.IsFrom(Codes.UnknownKey), error.ToString());
        Assert.Equal(message, error.Message);
        Assert.Equal(path, error.Span.File);
        var (line, column) = Place(path, at);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void A_dash_policy_other_than_zero_or_omit_is_the_mappings_error()
    {
        var (result, path) = Run("entity.yaml", "  primaryLanguage: en", "  dashes: nil\n  primaryLanguage: en");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.True(error.IsFrom(Codes.DashesInvalid), error.ToString());
        Assert.Equal(path, error.Span.File);
        Assert.Contains("'zero' or 'omit'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dashes_zero_files_each_dash_as_0_unless_a_copy_prints_the_figure()
    {
        var omit = Generator.Run(TestPaths.Options(output: TestPaths.TempDir()));
        var (zero, _) = Run("entity.yaml", "  primaryLanguage: en", "  dashes: zero\n  primaryLanguage: en");
        Assert.True(zero.ExitCode == 0, string.Join("\n", zero.Diagnostics.Where(d => d.IsError)));
        var added = zero.Filing!.Facts.Count - omit.Filing!.Facts.Count;
        Assert.True(added > 0, "no dash was filed");
        Assert.Equal(added, zero.Filing.Facts.Count(f => f.Value == 0m) - omit.Filing.Facts.Count(f => f.Value == 0m));
    }

    [Theory]
    [InlineData(Minority, "        concept: gaap:NetIncomeLossAttributableToNoncontrollingInterest\n        negated: yes\n", nameof(Codes.FlagExpected))]
    [InlineData(Inventory, "      - label: [Inventories, 棚卸資産]\n        concept: gaap:InventoryNet\n", nameof(Codes.LabelExpected))]
    [InlineData(Inventory, Inventory + "        role: [total]\n", nameof(Codes.SingleValueExpected))]
    [InlineData(Inventory, Inventory + "        sum: [[gaap:Assets]]\n", nameof(Codes.ListOfValuesExpected))]
    public void A_value_of_the_wrong_kind_is_an_error_at_its_line(string find, string replace, string descriptor)
    {
        var (result, path) = Run("mapping.yaml", find, replace);

        Assert.Equal(2, result.ExitCode);
        var error = result.Diagnostics.FirstOrDefault(d => d.IsError && d.IsFrom(Catalog.Named(descriptor)));
        Assert.True(error is not null, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(path, error.Span.File);
        var first = TestPaths.LineOf(path, replace);
        Assert.InRange(error.Span.Line, first, first + replace.Count(c => c == '\n') - 1);
    }

    [Theory]
    [InlineData("gaap:InventoriesNet", "gaap:InventoryNet")]
    [InlineData("us-gaap:InventoryNet", "gaap:InventoryNet")]
    [InlineData("gaap:InventryNet", "gaap:InventoryNet")]
    public void An_unknown_concept_names_the_nearest_known_one(string wrong, string meant)
    {
        var (result, path) = Run("mapping.yaml", Inventory, Inventory.Replace("gaap:InventoryNet", wrong, StringComparison.Ordinal));

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Message == $"unknown concept '{wrong}'; did you mean '{meant}'?");
        Assert.Equal(Codes.UnknownConcept.Code, error.Code);
        Assert.Equal((path, TestPaths.LineOf(path, "concept: " + wrong)), (error.Span.File, error.Span.Line + 1));
    }

    [Fact]
    public void A_wrong_English_label_is_the_mappings_error_naming_the_printed_label()
    {
        var (result, path) = Run("mapping.yaml", Inventory, Inventory.Replace("en: \"Inventories\"", "en: \"Inventory\"", StringComparison.Ordinal));

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.True(error.IsFrom(Codes.LineLabelNotPrinted), error.ToString());
        Assert.Contains("did you mean 'Inventories'?", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("damaged", error.Message, StringComparison.Ordinal);
        Assert.Equal((path, TestPaths.LineOf(path, "Inventory\"")), (error.Span.File, error.Span.Line));
        Assert.Equal(TestPaths.LineOf(TestPaths.Release, "Inventories 2,903"), error.Related[0].Line);
    }

    [Fact]
    public void Labels_and_titles_in_English_alone_give_a_valid_filing()
    {
        // Every { en: "...", ja: "..." } becomes { en: "..." }, and every table title a plain English text.
        var mapping = TestPaths.MappingWith(("mapping.yaml", t =>
            TitleLine().Replace(JaPart().Replace(t, "}"), "title: \"$1\"")));
        Assert.DoesNotContain("ja:", File.ReadAllText(Path.Combine(mapping, "mapping.yaml")), StringComparison.Ordinal);

        var result = Generator.Run(TestPaths.Options(mapping: mapping));

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "XG0214" or "XG0208" or "XG0221");
        // The English lines all became facts, as with the bilingual mapping.
        var bilingual = Generator.Run(TestPaths.Options());
        Assert.Equal(bilingual.Filing!.Facts.Count, result.Filing!.Facts.Count);
    }

    [Fact]
    public void The_placeholder_identifier_is_accepted_with_a_warning_naming_the_line_to_fill()
    {
        // As init drafts them: both the scheme and the identifier are placeholders (a CIK is only checked under the SEC's scheme).
        var (result, path) = Run("entity.yaml", "  scheme: http://www.sec.gov/CIK\n  identifier: \"0001090633\"",
            $"  scheme: {MappingLoader.PlaceholderScheme}\n  identifier: {MappingLoader.PlaceholderIdentifier}");

        Assert.Equal(0, result.ExitCode);
        var warnings = result.Diagnostics.Where(d => d.Code == Codes.EntityPlaceholder.Code).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        var identifier = Assert.Single(warnings, w => w.Message.Contains("identifier", StringComparison.Ordinal));
        Assert.Equal((path, TestPaths.LineOf(path, "identifier:")), (identifier.Span.File, identifier.Span.Line));
    }

    [Fact]
    public void A_placeholder_identifier_under_the_secs_scheme_is_not_a_cik()
    {
        var (result, _) = Run("entity.yaml", "  identifier: \"0001090633\"", $"  identifier: {MappingLoader.PlaceholderIdentifier}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.EntityPlaceholder.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.CikNotTenDigits.Code && d.Message.Contains(MappingLoader.PlaceholderIdentifier, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("negate", "negated")]
    [InlineData("primaryLanguge", "primaryLanguage")]
    [InlineData("Concept", "concept")]
    [InlineData("colour", null)]
    public void Did_you_mean_picks_a_near_key_or_none(string word, string? meant) =>
        Assert.Equal(meant, DidYouMean.Nearest(word, ["label", "concept", "role", "negated", "unit", "period", "sum", "members", "primaryLanguage"]));

    private static (int Line, int Column) Place(string path, string text)
    {
        var all = File.ReadAllText(path);
        var at = all.IndexOf(text, StringComparison.Ordinal);
        var lineStart = all.LastIndexOf('\n', at) + 1;
        return (all[..at].Count(c => c == '\n') + 1, at - lineStart + 1);
    }

    [GeneratedRegex(@", ja: ""[^""]*"" \}")]
    private static partial Regex JaPart();

    [GeneratedRegex(@"title: \{ en: ""([^""]*)"" \}")]
    private static partial Regex TitleLine();
}
