using System.Globalization;
using StatementKind = XbrlGen.Init.StatementKind;
using XbrlGen.Diagnostics;
using XbrlGen.Init;
using XbrlGen.Mapping;
using XbrlGen.Pipeline;
using XbrlGen.Reading;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Tests.Init;

/// <summary><c>xbrlgen init</c> (issue 22): the base taxonomy's attributes, the matcher on real labels, totals by footing, signs, and the IIJ draft against the hand mapping.</summary>
public class InitTests
{
    private static readonly Lazy<BaseTaxonomy> Taxonomy = new(() =>
    {
        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!;
        return BaseTaxonomy.Load(catalog, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
    });

    private static readonly Lazy<ConceptMatcher> Matcher = new(() => new ConceptMatcher(ConceptVocabulary.Create(Taxonomy.Value)));

    [Fact]
    public void The_base_taxonomy_has_at_least_400_concepts_with_both_labels()
    {
        var items = Taxonomy.Value.Concepts.Values.Where(c => !c.IsAbstract && c.Name.Prefix == "gaap").ToList();
        Assert.True(items.Count >= 400, $"{items.Count} concepts");
        Assert.Equal(items.Count, ConceptVocabulary.Create(Taxonomy.Value).Entries.Count);
    }

    [Theory]
    // Balances: assets and expenses debit, liabilities, equity and revenue credit; a contra asset credit; treasury stock debit.
    [InlineData("AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment", "xbrli:monetaryItemType", "Instant", "Credit")]
    [InlineData("TreasuryStockValue", "xbrli:monetaryItemType", "Instant", "Debit")]
    [InlineData("GrossProfit", "xbrli:monetaryItemType", "Duration", "Credit")]
    // Cash flow: an increase in an asset is credit (it uses cash), in a liability debit; payments credit, proceeds debit; net cash flows no balance.
    [InlineData("IncreaseDecreaseInAccountsReceivable", "xbrli:monetaryItemType", "Duration", "Credit")]
    [InlineData("IncreaseDecreaseInPrepaidExpense", "xbrli:monetaryItemType", "Duration", "Credit")]
    [InlineData("IncreaseDecreaseInAccountsPayable", "xbrli:monetaryItemType", "Duration", "Debit")]
    [InlineData("IncreaseDecreaseInDeferredRevenue", "xbrli:monetaryItemType", "Duration", "Debit")]
    [InlineData("PaymentsToAcquirePropertyPlantAndEquipment", "xbrli:monetaryItemType", "Duration", "Credit")]
    [InlineData("ProceedsFromIssuanceOfCommonStock", "xbrli:monetaryItemType", "Duration", "Debit")]
    [InlineData("NetCashProvidedByUsedInOperatingActivities", "xbrli:monetaryItemType", "Duration", "None")]
    [InlineData("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", "xbrli:monetaryItemType", "Instant", "Debit")]
    // Per-share and share figures: no balance; shares outstanding at an instant, weighted averages over the period.
    [InlineData("EarningsPerShareDiluted", "dtr-types:perShareItemType", "Duration", "None")]
    [InlineData("IncomeLossFromContinuingOperationsPerBasicShare", "dtr-types:perShareItemType", "Duration", "None")]
    [InlineData("CommonStockSharesOutstanding", "xbrli:sharesItemType", "Instant", "None")]
    [InlineData("WeightedAverageNumberOfDilutedSharesOutstanding", "xbrli:sharesItemType", "Duration", "None")]
    public void Tricky_concepts_have_US_GAAPs_type_period_and_balance(string name, string type, string period, string balance)
    {
        var c = Taxonomy.Value.Concepts["gaap:" + name];
        Assert.Equal((type, period, balance), (c.ItemType, c.PeriodType.ToString(), c.Balance.ToString()));
    }

    [Theory]
    // Labels as the corpus releases print them (../shared/releases), and the concept an experienced filer picks.
    // House rule: a revenue line is Revenues, not RevenueFromContractWithCustomerExcludingAssessedTax.
    [InlineData("Revenue", "", StatementKind.IncomeStatement, "Revenues")]                                            // forian-2024q3
    [InlineData("Total revenues", "営業収益合計", StatementKind.IncomeStatement, "Revenues")]                             // iij-1q03
    [InlineData("Total costs", "売上原価合計", StatementKind.IncomeStatement, "CostOfRevenue")]                            // iij-1q03
    [InlineData("Operating loss", "営業損失", StatementKind.IncomeStatement, "OperatingIncomeLoss")]                    // iij-1q03
    [InlineData("Net loss", "当期損失", StatementKind.IncomeStatement, "NetIncomeLoss")]                                // iij-1q03
    [InlineData("Research and development", "研究開発費", StatementKind.IncomeStatement, "ResearchAndDevelopmentExpense")] // iij-1q03
    [InlineData("", "売上高", StatementKind.IncomeStatement, "Revenues")]                                              // cybozu-2024q1 (tanshin)
    [InlineData("", "営業利益", StatementKind.IncomeStatement, "OperatingIncomeLoss")]                                  // cybozu-2024q1
    [InlineData("", "売上総利益", StatementKind.IncomeStatement, "GrossProfit")]                                        // cybozu-2024q1
    [InlineData("Income tax expense(benefit)", "法人税等、住民税及び事業税", StatementKind.IncomeStatement, "IncomeTaxExpenseBenefit")] // iij-1q03
    [InlineData("Net cash provided by operating activities", "営業活動によるキャッシュフロー", StatementKind.CashFlow, "NetCashProvidedByUsedInOperatingActivities")] // iij-1q03
    [InlineData("Net income (loss) per common share, diluted", "", StatementKind.IncomeStatement, "EarningsPerShareDiluted", FigureKind.PerShare)] // nephros-2024q3
    [InlineData("Basic and Diluted Net Income Per Ordinary Share", "", StatementKind.IncomeStatement, "EarningsPerShareBasicAndDiluted", FigureKind.PerShare)] // royalty-management-2025q1
    [InlineData("(Loss) income from discontinued operations, net of tax", "", StatementKind.IncomeStatement, "IncomeLossFromDiscontinuedOperationsNetOfTax")] // forian-2024q3
    [InlineData("Operating Loss From Continuing Operations", "", StatementKind.IncomeStatement, "OperatingIncomeLoss", FigureKind.Monetary, "Operating")] // forian-2024q3, above the operating result
    [InlineData("Less: Net income (loss) attributable to noncontrolling interest", "", StatementKind.IncomeStatement, "NetIncomeLossAttributableToNoncontrollingInterest")] // golden-matrix-2025q3
    [InlineData("Deferred income taxes", "法人税等調整額", StatementKind.CashFlow, "DeferredIncomeTaxExpenseBenefit", FigureKind.Monetary, "Operating Activities")] // iij-1q03
    [InlineData("Proceeds from sale-leaseback", "セールスリースバックによる収入", StatementKind.CashFlow, "SaleLeasebackTransactionNetProceedsInvestingActivities", FigureKind.Monetary, "Investing Activities")] // iij-1q03
    [InlineData("SALES, Net of returns and allowances", "", StatementKind.IncomeStatement, "Revenues")]                  // an 8-K exhibit outside the corpus
    [InlineData("COST OF SALES (Including buying, distribution, and occupancy costs)", "", StatementKind.IncomeStatement, "CostOfRevenue")] // the same
    [InlineData("Cash Paid for Taxes", "", StatementKind.CashFlow, "IncomeTaxesPaidNet")]                                 // royalty-management-2025q1
    [InlineData("Cash for (received) paid for taxes", "", StatementKind.CashFlow, "IncomeTaxesPaidNet")]                  // forian-2024q3
    [InlineData("Profit for the year", "", StatementKind.IncomeStatement, "ProfitLoss")]                                    // nippon-express-fy2024 (IFRS)
    [InlineData("Owners of parent", "", StatementKind.IncomeStatement, "NetIncomeLoss", FigureKind.Monetary, "Profit attributable to")] // nippon-express-fy2024
    [InlineData("Total Other Non-Interest Income", "", StatementKind.IncomeStatement, "NoninterestIncome")]               // cmuv-bancorp-2024q3
    [InlineData("Total Non-Interest Expenses", "", StatementKind.IncomeStatement, "NoninterestExpense")]                  // cmuv-bancorp-2024q3
    [InlineData("NET INTEREST INCOME", "", StatementKind.IncomeStatement, "InterestIncomeExpenseNet")]                    // cmuv-bancorp-2024q3
    public void A_flow_line_gets_the_concept_a_filer_picks(string en, string ja, StatementKind statement, string expected, FigureKind figure = FigureKind.Monetary, string? section = null)
    {
        var best = Matcher.Value.Rank(new LineFacts(en, ja, statement, section, en.StartsWith("Total", StringComparison.Ordinal), figure, false, false)).FirstOrDefault();
        Assert.Equal("gaap:" + expected, best?.Concept.Name.Prefixed);
        Assert.True(best!.Confidence >= ConceptMatcher.Threshold, $"{en} {ja}: confidence {best.Confidence}");
    }

    [Theory]
    // Words that change what a line is: a discontinued line is no operating result, a continuing investing line no operating cash flow.
    [InlineData("Loss from discontinued operations", StatementKind.IncomeStatement, null, "OperatingIncomeLoss")] // forian-2024q3
    [InlineData("Net cash (used in) provided by investing activities - continuing operations", StatementKind.CashFlow, "Investing Activities", "CashProvidedByUsedInOperatingActivitiesDiscontinuedOperations")] // forian-2024q3
    [InlineData("Diluted", StatementKind.IncomeStatement, null, "EarningsPerShareBasicAndDiluted")]
    public void A_line_does_not_get_a_concept_its_qualifying_words_contradict(string en, StatementKind statement, string? section, string wrong)
    {
        var figure = en == "Diluted" ? FigureKind.PerShare : FigureKind.Monetary;
        var best = Matcher.Value.Rank(new LineFacts(en, "", statement, section, false, figure, false, false)).FirstOrDefault(s => s.Confidence >= ConceptMatcher.Threshold);
        Assert.NotEqual("gaap:" + wrong, best?.Concept.Name.Prefixed);
    }

    [Theory]
    [InlineData("Total assets", "資産合計", "current assets", "Assets")]
    [InlineData("Total current assets", "流動資産合計", "current assets", "AssetsCurrent")]
    [InlineData("Inventories", "棚卸資産", "current assets", "InventoryNet")]
    [InlineData("Other Assets", "その他の投資等", "noncurrent assets", "OtherAssetsNoncurrent")]
    [InlineData("Total liabilities", "負債合計", "noncurrent liabilities", "Liabilities")]
    [InlineData("Cash and cash equivalents", "現金及び現金同等物", "current assets", "CashAndCashEquivalentsAtCarryingValue")]
    [InlineData("", "現金及び預金", "current assets", "CashAndCashEquivalentsAtCarryingValue")] // cybozu-2024q1 (tanshin): a company's cash, not a bank's
    [InlineData("Total equity/capital", "", "liabilities", "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest")] // cmuv-bancorp-2024q3
    [InlineData("Total stockholders' equity", "株主資本合計", "noncurrent liabilities", "StockholdersEquity")]
    public void A_balance_sheet_line_gets_the_concept_of_its_side(string en, string ja, string section, string expected)
    {
        var best = Matcher.Value.Rank(new LineFacts(en, ja, StatementKind.BalanceSheet, section, en.StartsWith("Total", StringComparison.Ordinal), FigureKind.Monetary, true, false)).FirstOrDefault();
        Assert.Equal("gaap:" + expected, best?.Concept.Name.Prefixed);
    }

    [Theory]
    [InlineData("Basic Net Loss Per Share", "1株あたり当期損失", FigureKind.PerShare, "EarningsPerShareBasic")] // iij-1q03
    [InlineData("Diluted", "", FigureKind.PerShare, "EarningsPerShareDiluted")]
    [InlineData("Weighted Average Number of Shares", "期中平均発行済株式総数", FigureKind.Shares, "WeightedAverageNumberOfSharesOutstandingBasic")] // iij-1q03
    public void Per_share_and_share_lines_get_per_share_and_share_concepts(string en, string ja, FigureKind figure, string expected) =>
        Assert.Equal("gaap:" + expected, Matcher.Value.Rank(new LineFacts(en, ja, StatementKind.IncomeStatement, null, false, figure, false, false)).FirstOrDefault()?.Concept.Name.Prefixed);

    [Theory]
    [InlineData("Other", "その他")]
    [InlineData("Dedicated access services", "専用線接続サービス")]
    public void A_line_no_base_concept_names_gets_none(string en, string ja) =>
        Assert.DoesNotContain(Matcher.Value.Rank(new LineFacts(en, ja, StatementKind.IncomeStatement, null, false, FigureKind.Monetary, false, false)), s => s.Confidence >= ConceptMatcher.Threshold);

    private static ReleaseRow Row(params decimal[] values) =>
        new("row", null, values.Select((v, i) => (i, new PrintedNumber(v.ToString(CultureInfo.InvariantCulture), v, 0, false, false))).ToDictionary(p => p.i, p => p.Item2), new SourceSpan("r", 1, 1));

    [Fact]
    public void A_line_that_the_lines_above_it_foot_to_in_every_column_is_their_total()
    {
        // Cash 10/20, receivables 5/6, total current 15/26; property 40/41, total assets 55/67.
        var rows = new[] { Row(10, 20), Row(5, 6), Row(15, 26), Row(40, 41), Row(55, 67) };
        var first = Totals.Find([0, 1], 2, rows, [0, 1]);
        Assert.Equal([0, 1], first!.Value.Items);
        Assert.Equal([1m, 1m], first.Value.Weights);
        var grand = Totals.Find([2, 3], 4, rows, [0, 1]);
        Assert.Equal([2, 3], grand!.Value.Items);
    }

    [Fact]
    public void A_total_that_foots_in_one_column_only_is_not_a_total()
    {
        var rows = new[] { Row(10, 20), Row(5, 6), Row(15, 27) };
        Assert.Null(Totals.Find([0, 1], 2, rows, [0, 1]));
    }

    [Fact]
    public void A_tax_line_whose_label_gives_no_direction_takes_its_sign_from_the_footing()
    {
        // forian-2024q3: pre-tax (300,803) and 5,546,834; "Income taxes" 95,896 and (93,191); after tax (204,907) and
        // 5,453,643. The after-tax line adds the printed tax line, so the printed figures are the expense negated.
        var rows = new List<ReleaseRow> { Row(-300803, 5546834), Row(95896, -93191), Row(-204907, 5453643) };
        var table = new ReleaseTable("", XbrlGen.Model.Language.En, "Statements of operations", 0, null,
            [new(0, ColumnKind.Amount, "USD", "2024", null), new(1, ColumnKind.Amount, "USD", "2023", null)], rows, new SourceSpan("r", 1, 1));
        const string preTax = "gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest";
        DraftLine Line(string en, string concept) => new(en, "", concept, 0.9m, [], LineRole.None, false, null, PeriodRole.ConceptDefault, []);
        var lines = new List<DraftLine> { Line("Loss before income taxes", preTax), Line("Income taxes", "gaap:IncomeTaxExpenseBenefit"), Line("Loss from continuing operations", "gaap:IncomeLossFromContinuingOperations") };
        var done = Totals.Apply(lines, rows, table, Taxonomy.Value, new Dictionary<string, DraftConcept>(), c => c.EndsWith("ExpenseBenefit", StringComparison.Ordinal));
        Assert.True(done[1].Negated);
        Assert.Equal([(preTax, 1m), ("gaap:IncomeTaxExpenseBenefit", -1m)], done[2].Sum);
    }

    [Fact]
    public void A_difference_is_found_with_the_subtracted_line_weighted_minus_one()
    {
        // Revenue 100/90, costs (printed positive) 60/50, gross profit 40/40.
        var rows = new[] { Row(100, 90), Row(60, 50), Row(40, 40) };
        var found = Totals.Find([0, 1], 2, rows, [0, 1]);
        Assert.Equal([1m, -1m], found!.Value.Weights);
    }

    [Theory]
    // An expense printed in parentheses is negated; a net concept (income or loss) takes the printed sign.
    [InlineData("ResearchAndDevelopmentExpense", StatementKind.IncomeStatement, true, true)]
    [InlineData("ResearchAndDevelopmentExpense", StatementKind.IncomeStatement, false, false)]
    [InlineData("OperatingIncomeLoss", StatementKind.IncomeStatement, true, false)]
    [InlineData("IncomeTaxExpenseBenefit", StatementKind.IncomeStatement, true, false)]
    // Cash flow: payments and increases in assets reduce cash, so are printed negated; proceeds and liabilities as they are.
    [InlineData("PaymentsToAcquirePropertyPlantAndEquipment", StatementKind.CashFlow, true, true)]
    [InlineData("IncreaseDecreaseInAccountsReceivable", StatementKind.CashFlow, true, true)]
    [InlineData("IncreaseDecreaseInAccountsReceivable", StatementKind.CashFlow, false, true)]
    [InlineData("IncreaseDecreaseInAccountsPayable", StatementKind.CashFlow, true, false)]
    [InlineData("ProceedsFromIssuanceOfCommonStock", StatementKind.CashFlow, false, false)]
    [InlineData("NetIncomeLoss", StatementKind.CashFlow, true, false)]
    [InlineData("IncomeLossFromEquityMethodInvestments", StatementKind.CashFlow, false, true)]
    // Balance sheet: a contra asset or treasury stock printed in parentheses is negated; an accumulated deficit is not.
    [InlineData("TreasuryStockValue", StatementKind.BalanceSheet, true, true)]
    [InlineData("RetainedEarningsAccumulatedDeficit", StatementKind.BalanceSheet, true, false)]
    public void The_sign_is_chosen_by_the_concept_and_the_statement(string name, StatementKind statement, bool printedNegative, bool negated) =>
        Assert.Equal(negated, Drafter.Negated(Taxonomy.Value.Concepts["gaap:" + name], statement, printedNegative));

    [Fact]
    public void Two_tables_of_one_title_are_no_crash_and_neither_is_drafted()
    {
        var dir = TestPaths.TempDir();
        var release = Path.Combine(dir, "release.txt");
        const string selected = "SELECTED BALANCE SHEET DATA\n          September 30, 2025    June 30, 2025\nLoans      100     90\nDeposits      80     70\n\n";
        File.WriteAllText(release, "ACME BANCORP\nCONSOLIDATED STATEMENTS OF INCOME\n          Three Months Ended September 30,\n          2025      2024\n"
            + "Interest income      1,234     1,100\nNet income      234     200\n\n" + selected + selected);
        var init = Initializer.Run(new InitOptions(release, Path.Combine(dir, "draft"), TestPaths.Layout.Taxonomy));
        Assert.True(init.ExitCode == 0, string.Join("\n", init.Diagnostics));
        var mapping = File.ReadAllText(Path.Combine(dir, "draft", MappingLoader.TablesFile));
        Assert.Contains("CONSOLIDATED STATEMENTS OF INCOME", mapping, StringComparison.Ordinal);
        Assert.DoesNotContain("SELECTED BALANCE SHEET DATA", mapping, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_refuses_a_folder_that_holds_anything()
    {
        var dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");

        var result = Initializer.Run(new InitOptions(TestPaths.Release, dir, TestPaths.Layout.Taxonomy));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Codes.OutputNotOwn.Code, Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Equal(["notes.txt"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    /// <summary>The floor the IIJ draft holds: the share of the hand mapping's lines that get the hand mapping's concept (see docs/mapping.md).</summary>
    private const decimal IijFloor = 0.85m;

    [Fact]
    public void The_IIJ_draft_gives_the_hand_mappings_concept_for_most_lines_and_a_valid_filing()
    {
        var draftDir = Path.Combine(TestPaths.TempDir(), "draft");
        var init = Initializer.Run(new InitOptions(TestPaths.Release, draftDir, TestPaths.Layout.Taxonomy));
        Assert.True(init.ExitCode == 0, string.Join("\n", init.Diagnostics));

        var bag = new DiagnosticBag();
        var hand = MappingLoader.Load(TestPaths.Mapping, bag)!;
        var draft = MappingLoader.Load(draftDir, bag)!;
        var (hits, total) = (0, 0);
        foreach (var table in hand.Tables)
        {
            var lines = draft.Tables.Where(t => t.Source == table.Source).SelectMany(t => t.Lines).ToList();
            foreach (var line in table.Lines)
            {
                total++;
                var match = lines.FirstOrDefault(l => TextCleaner.MatchKey(l.LabelEn) == TextCleaner.MatchKey(line.LabelEn));
                if (match is not null)
                {
                    lines.Remove(match);
                    hits += match.Concept == line.Concept ? 1 : 0;
                }
            }
        }

        var share = (decimal)hits / total;
        Assert.True(share >= IijFloor, $"{hits} of {total} lines ({share:P1}) get the hand mapping's concept; the floor is {IijFloor:P0}");

        var result = Generator.Run(TestPaths.Options(mapping: draftDir));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.EntityPlaceholder.Code);
        // The statements' figures are facts: the revenue total of the quarter, as printed (thousands of yen).
        Assert.Contains(result.Filing!.Facts, f => f.Concept.Name.Prefixed == "gaap:Revenues" && f.Context.Members.Count == 0 && f.Value == 8_344_046_000m && f.Unit!.Id == "JPY");
    }

    private static string CorpusRelease(string file) => Path.Combine(TestPaths.Layout.Root, "tests", "XbrlGen.Tests", "Reading", "Corpus", file);

    private static XbrlGen.Xbrl.Fact Fact(IEnumerable<XbrlGen.Xbrl.Fact> facts, string concept, XbrlGen.Xbrl.Period period) =>
        Assert.Single(facts, f => f.Concept.Name.Prefixed == concept && f.Context.Members.Count == 0 && f.Context.Period == period);

    [Theory]
    // Text releases of the corpus whose statements are printed in whole dollars (no "in thousands" heading): init drafts
    // them with the scale stated in the mapping, and generate files the statements' figures as printed.
    [InlineData("forian-2024q3.md", "gaap:Revenues", "2024-07-01", "2024-09-30", "4686312")]
    [InlineData("forian-2024q3.md", "gaap:OperatingIncomeLoss", "2024-07-01", "2024-09-30", "-795829")]
    [InlineData("forian-2024q3.md", "gaap:CashAndCashEquivalentsAtCarryingValue", null, "2024-09-30", "2707688")]
    [InlineData("forian-2024q3.md", "gaap:NetCashProvidedByUsedInOperatingActivities", "2024-01-01", "2024-09-30", "-1467084")]
    [InlineData("paltalk-2024q3.md", "gaap:IncomeTaxExpenseBenefit", "2024-07-01", "2024-09-30", "-20767")] // printed "Income tax (expense) benefit 20,767"
    [InlineData("paltalk-2024q3.md", "gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2024-07-01", "2024-09-30", "9227307")]
    [InlineData("golden-matrix-2025q3.md", "gaap:ProfitLoss", "2025-07-01", "2025-09-30", null)] // net income before the noncontrolling share
    [InlineData("royalty-management-2025q1.md", "gaap:Liabilities", null, "2025-03-31", "1741896")]
    public void Init_then_generate_files_a_whole_dollar_release_as_printed(string release, string concept, string? start, string end, string? value)
    {
        var dir = TestPaths.TempDir();
        var init = Initializer.Run(new InitOptions(CorpusRelease(release), Path.Combine(dir, "draft"), TestPaths.Layout.Taxonomy));
        Assert.True(init.ExitCode == 0, string.Join("\n", init.Diagnostics));
        Assert.Contains(File.ReadAllLines(Path.Combine(dir, "draft", MappingLoader.TablesFile)), l => l.Trim().StartsWith("scale: 0", StringComparison.Ordinal));

        var result = Generator.Run(TestPaths.Options(release: CorpusRelease(release), output: Path.Combine(dir, "out"), mapping: Path.Combine(dir, "draft")));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var endDate = DateOnly.Parse(end, CultureInfo.InvariantCulture);
        XbrlGen.Xbrl.Period period = start is null ? new XbrlGen.Xbrl.InstantPeriod(endDate) : new XbrlGen.Xbrl.DurationPeriod(DateOnly.Parse(start, CultureInfo.InvariantCulture), endDate);
        var fact = Fact(result.Filing!.Facts, concept, period);
        if (value is not null)
        {
            Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), fact.Value);
        }
    }

    [Fact]
    public void A_table_scale_in_the_mapping_must_be_a_whole_number_from_0_to_12()
    {
        var dir = TestPaths.TempDir();
        foreach (var file in Directory.GetFiles(TestPaths.Mapping))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        var tables = Path.Combine(dir, MappingLoader.TablesFile);
        var text = File.ReadAllText(tables);
        var at = text.IndexOf("    lines:", StringComparison.Ordinal);
        File.WriteAllText(tables, text[..at] + "    scale: thousands\n" + text[at..]);
        var bag = new DiagnosticBag();
        MappingLoader.Load(dir, bag);
        Assert.Contains(bag.Items, d => d.Code == "XG0211" && d.Message.Contains("thousands", StringComparison.Ordinal));

        File.WriteAllText(tables, text[..at] + "    scale: 3\n" + text[at..]);
        bag = new DiagnosticBag();
        var mapping = MappingLoader.Load(dir, bag);
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        Assert.Equal(3, mapping!.Tables[0].Scale);
    }
}
