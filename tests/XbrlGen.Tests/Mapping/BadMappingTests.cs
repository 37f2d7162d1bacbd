using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Mapping;

/// <summary>
/// A copy of the bundled mapping with one thing broken, run through <c>xbrlgen generate --mapping</c>: each is an
/// error printed as <c>file(line,col): error XG02nn: ...</c> naming the mapping file and the line that is wrong,
/// exit 2, and nothing written.
/// </summary>
public class BadMappingTests
{
    private const string Inventory = "      - label: { en: \"Inventories\", ja: \"棚卸資産\" }\n        concept: gaap:InventoryNet\n";

    public static TheoryData<string, string, string, string, string> Breakages => new()
    {
        // name, file, text replaced, replacement, code. The diagnostic must name the line where the replacement starts.
        { "unknown concept", "mapping.yaml", Inventory, Inventory.Replace("gaap:InventoryNet", "gaap:NoSuchConcept", StringComparison.Ordinal), Codes.UnknownConcept.Code },
        {
            "a duration concept on the balance sheet", "mapping.yaml",
            Inventory, Inventory.Replace("gaap:InventoryNet", "gaap:Revenues", StringComparison.Ordinal), Codes.PeriodTypeConflict.Code
        },
        {
            "two lines to one concept", "mapping.yaml",
            "      - label: { en: \"Prepaid expenses\", ja: \"前払費用\" }\n        concept: gaap:PrepaidExpenseCurrent\n",
            "      - label: { en: \"Prepaid expenses\", ja: \"前払費用\" }\n        concept: gaap:InventoryNet\n", Codes.TwoLinesOneConcept.Code
        },
        { "a unit that does not fit the item type", "mapping.yaml", Inventory, Inventory + "        unit: shares\n", Codes.UnitTypeMismatch.Code },
        {
            "malformed YAML", "mapping.yaml",
            "    title: { en: \"Consolidated Balance Sheets\", ja: \"四半期連結貸借対照表\" }\n",
            "    title: { en: \"Consolidated Balance Sheets\", ja: [\"四半期連結貸借対照表\" }\n", Codes.YamlSyntax.Code
        },
        { "malformed YAML in entity.yaml", "entity.yaml", "  fiscalYearEnd: --03-31\n", "  fiscalYearEnd: --03-31\n\tfiscalYearNaming: start\n", Codes.YamlSyntax.Code },
        { "a duplicated key", "entity.yaml", "  tradingSymbol: IIJI\n", "  tradingSymbol: IIJI\n  tradingSymbol: IIJ\n", Codes.YamlSyntax.Code },
        { "an axis the mapping does not declare", "mapping.yaml", Dialup, Dialup.Replace("gaap:ProductOrServiceAxis", "gaap:NoSuchAxis", StringComparison.Ordinal), Codes.UnknownConcept.Code },
        { "a member not declared on its axis", "mapping.yaml", Dialup, Dialup.Replace("iij:DialUpAccessServicesMember", "iij:IncomeStatementAbstract", StringComparison.Ordinal), Codes.MemberNotDeclared.Code },
        {
            "a cross-check of an unknown kind", "entity.yaml",
            "  - equal: [gaap:Assets, gaap:LiabilitiesAndStockholdersEquity]\n", "  - same: [gaap:Assets, gaap:LiabilitiesAndStockholdersEquity]\n", Codes.CheckKindUnknown.Code
        },
        {
            "a product check with two concepts", "entity.yaml",
            "  - product: [gaap:StockIssuedDuringPeriodValueNewIssues, gaap:StockIssuedDuringPeriodSharesNewIssues, gaap:SaleOfStockPricePerShare]\n",
            "  - product: [gaap:StockIssuedDuringPeriodValueNewIssues, gaap:StockIssuedDuringPeriodSharesNewIssues]\n", Codes.CheckArity.Code
        },
        {
            "a sum naming a line its table does not have", "mapping.yaml",
            "          - \"gaap:Revenues[gaap:ProductOrServiceAxis=iij:DialUpAccessServicesMember]\"\n",
            "          - \"gaap:Revenues[gaap:ProductOrServiceAxis=iij:NoSuchLineMember]\"\n", Codes.UnmatchedSumItem.Code
        },
        { "a prose figure of an unknown concept", "prose.yaml", "  - id: PlacementPricePerShare\n    concept: gaap:SaleOfStockPricePerShare\n", "  - id: PlacementPricePerShare\n    concept: gaap:NoSuchPrice\n", Codes.UnknownConcept.Code },
        {
            "a line role that is not one", "mapping.yaml",
            Connectivity + "        role: total\n", Connectivity + "        role: subtotal\n", Codes.LineRoleInvalid.Code
        },
    };

    private const string Connectivity = "      - label: { en: \"Total connectivity and value-added services\", ja: \"インターネット接続及び付加価値サービス収入合計\" }\n        concept: gaap:Revenues\n        members: { gaap:ProductOrServiceAxis: iij:ConnectivityAndValueAddedServicesMember }\n";

    private const string Dialup = "      - label: { en: \"Dial-up access services\", ja: \"ダイヤルアップ接続サービス\" }\n        concept: gaap:Revenues\n        members: { gaap:ProductOrServiceAxis: iij:DialUpAccessServicesMember }\n";

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_mapping_names_its_file_and_line(string name, string file, string find, string replace, string code)
    {
        var mapping = TestPaths.MappingWith((file, t => t.Replace(find, replace, StringComparison.Ordinal)));
        var path = Path.Combine(mapping, file);
        var line = TestPaths.LineOf(path, replace);
        var output = Path.Combine(TestPaths.TempDir(), "out");

        var (exit, _, err) = Outcome.Cli("generate", "--mapping", mapping, "--out", output);

        Assert.Equal(2, exit);
        var printed = err.Split('\n').FirstOrDefault(l => l.Contains($": error {code}: ", StringComparison.Ordinal));
        Assert.True(printed is not null, $"{name}: no {code} in\n{err}");
        var lines = Enumerable.Range(line, replace.Count(c => c == '\n')).Select(n => $"{path}({n},");
        Assert.True(lines.Any(l => printed.StartsWith(l, StringComparison.Ordinal)), $"{name}: {printed} does not name {path} at line {line}");
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Outcome.NothingWritten(output);
    }
}
