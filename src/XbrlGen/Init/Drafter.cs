using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using XbrlGen.Mapping;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Init;

/// <summary>
/// Drafts a company's mapping from a release as read (the <see cref="Release"/> model, whatever the input was): pairs
/// each table with its other-language copy, says which statement it is, proposes a concept for every line, finds the
/// totals and the signs, and reads the entity settings the release tells. The draft is what <c>xbrlgen init</c> writes.
/// </summary>
public static partial class Drafter
{
    private sealed record Group(ReleaseTable Primary, ReleaseTable? Other, List<(ReleaseRow? Primary, ReleaseRow? Other)> Rows);

    /// <summary>A fact a drafted line gives: where two tables print one figure, both copies must agree.</summary>
    private sealed record FigureKey(string Concept, string Period, string Unit);

    public static MappingDraft Draft(Release release, BaseTaxonomy taxonomy, FiscalCalendar calendar, string? name)
    {
        var vocabulary = ConceptVocabulary.Create(taxonomy);
        var matcher = new ConceptMatcher(vocabulary);
        var primaryLanguage = release.Tables.Any(t => t.Language == Language.En) ? Language.En : Language.Ja;
        var currency = Currency(release);
        var entityName = name ?? EntityName(release) ?? "Company";
        var prefix = Prefix(entityName);
        var entity = new DraftEntity(prefix, "http://xbrlgen.org/extension/" + prefix, entityName, calendar, currency, primaryLanguage, primaryLanguage == Language.Ja && !release.Tables.Any(t => t.Language == Language.En) ? "Other" : "8-K");

        var groups = Groups(release, primaryLanguage);
        var registry = new Dictionary<FigureKey, (decimal Value, int Decimals)>();
        var extensions = new Dictionary<string, DraftConcept>(StringComparer.Ordinal);
        var members = new List<DraftMember>();
        var tables = new List<DraftTable>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        // Statements first, the cash flow first of them (its signs are the surest: it prints each line as its effect on
        // cash); a line printed again elsewhere takes the same concept only where the figures agree, its sign turned if
        // that is what makes them agree. A supplementary table reuses a statement's concept only for a statement's figures.
        var statementConcepts = new HashSet<string>(StringComparer.Ordinal);
        var sources = new Dictionary<string, (List<ReleaseRow> Rows, ReleaseTable Table)>(StringComparer.Ordinal);
        var claims = Claims(groups, matcher);
        foreach (var group in groups.OrderBy(g => Classify(g) switch
        {
            StatementKind.CashFlow => 0,
            StatementKind.BalanceSheet => 1,
            StatementKind.IncomeStatement => 2,
            StatementKind.Other => 4,
            _ => 3,
        }))
        {
            if (DraftTable(group, release, matcher, taxonomy, currency, prefix, registry, extensions, ids, statementConcepts, claims) is { } table)
            {
                sources[table.Id] = (group.Rows.Select(r => r.Primary ?? r.Other!).ToList(), group.Primary);
                tables.Add(table);
                if (table.Statement != StatementKind.Other)
                {
                    statementConcepts.UnionWith(table.Lines.Select(l => l.Concept));
                }
            }
        }

        // Printed order, as the release has them.
        // Tables of one title (several "Selected balance sheet data") keep the first one's place: only one is drafted.
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (g, i) in groups.Select((g, i) => (g, i)))
        {
            order.TryAdd(TableId(g), i);
        }

        tables = [.. tables.OrderBy(t => order.GetValueOrDefault(t.Source + "|" + t.TitleEn + "|" + t.TitleJa))];
        ParentAndNoncontrolling(tables, taxonomy, registry);
        tables = MergeCopies(tables, registry, prefix);
        tables = [.. tables.Select(t => KeepFootingSums(t, registry))];
        var converted = Totals.ProposeAxes(tables, prefix, members);
        // A copy of a breakdown line in a supplementary table is filed as the statement files it, and its own breakdown under it.
        tables = [.. tables.Select(t => t.Statement != StatementKind.Other || !t.Lines.Any(l => l.Members.Count == 0 && converted.ContainsKey(l.Concept)) ? t
            : Totals.BreakDownFurther(t with
            {
                Lines = [.. t.Lines.Select(l => l.Members.Count == 0 && converted.TryGetValue(l.Concept, out var c) ? l with { Concept = c.Concept, Members = c.Members } : l)],
            }, sources[t.Id].Rows, sources[t.Id].Table, prefix, members))];
        var used = tables.SelectMany(t => t.Lines).Select(l => l.Concept).ToHashSet(StringComparer.Ordinal);
        return new MappingDraft(entity, tables, [.. extensions.Values.Where(c => used.Contains(c.Name)).OrderBy(c => c.Name, StringComparer.Ordinal)], members);
    }

    /// <summary>
    /// Drops a sum that a figure of another table breaks: generate checks every sum against every fact of its concepts
    /// (Calculations 1.1: the lines present, rounded to the coarsest precision), so a sum that foots in its own table but
    /// not where another table prints its concepts for other periods (a cash flow's "net income less discontinued
    /// operations" against the quarter's income statement) would stop the filing.
    /// </summary>
    private static DraftTable KeepFootingSums(DraftTable table, Dictionary<FigureKey, (decimal Value, int Decimals)> registry)
    {
        var byConcept = registry.ToLookup(r => r.Key.Concept, StringComparer.Ordinal);
        bool Foots(DraftLine line)
        {
            foreach (var (key, total) in byConcept[line.Concept])
            {
                var items = line.Sum.Select(s => (Found: registry.TryGetValue(key with { Concept = s.Key }, out var v), v.Value, v.Decimals, s.Weight)).Where(x => x.Found).ToList();
                if (items.Count == 0)
                {
                    continue;
                }

                var decimals = Math.Min(total.Decimals, items.Min(x => x.Decimals));
                if (Round(total.Value, decimals) != items.Sum(x => x.Weight * Round(x.Value, decimals)))
                {
                    return false;
                }
            }

            return true;
        }

        return table with { Lines = [.. table.Lines.Select(l => l.Sum.Count == 0 || Foots(l) ? l : l with { Sum = [] })] };
    }

    /// <summary>
    /// A supplementary table's line drafted as an extension concept whose figures are a statement line's, in every period
    /// both print (at least two where both print two), takes the statement line's concept (its sign turned if that is
    /// what makes them agree): revenue by service printed again by quarter. Its other periods become facts of that
    /// concept too. A line two statement lines fit equally is left alone.
    /// </summary>
    private static List<DraftTable> MergeCopies(List<DraftTable> tables, Dictionary<FigureKey, (decimal Value, int Decimals)> registry, string prefix)
    {
        var candidates = tables.Where(t => t.Statement != StatementKind.Other).SelectMany(t => t.Lines)
            .Where(l => l.Members.Count == 0 && l.Period == PeriodRole.ConceptDefault && l.Role is not (LineRole.PeriodStart or LineRole.PeriodEnd))
            .GroupBy(l => l.Concept, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var result = new List<DraftTable>();
        foreach (var table in tables)
        {
            if (table.Statement != StatementKind.Other)
            {
                result.Add(table);
                continue;
            }

            var keys = table.Lines.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
            var lines = table.Lines.ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (!line.Concept.StartsWith(prefix + ":", StringComparison.Ordinal) || line.Members.Count > 0 || line.Period != PeriodRole.ConceptDefault)
                {
                    continue;
                }

                var own = registry.Where(r => r.Key.Concept == line.Concept).ToList();
                var fits = new List<(DraftLine Line, bool Negated, int Shared)>();
                foreach (var candidate in candidates.Where(c => !keys.Contains(c.Concept)))
                {
                    foreach (var negated in new[] { false, true })
                    {
                        var (shared, printed, agree) = (0, 0, true);
                        foreach (var (key, mine) in own)
                        {
                            if (!registry.TryGetValue(key with { Concept = candidate.Concept }, out var theirs))
                            {
                                continue;
                            }

                            printed++;
                            var coarse = Math.Min(mine.Decimals, theirs.Decimals);
                            agree &= Round(negated ? -mine.Value : mine.Value, coarse) == Round(theirs.Value, coarse);
                            shared += mine.Value != 0 ? 1 : 0;
                        }

                        if (agree && shared >= Math.Min(2, printed) && shared > 0)
                        {
                            fits.Add((candidate, negated, shared));
                        }
                    }
                }

                var best = fits.OrderByDescending(f => f.Shared).ToList();
                if (best.Count == 0 || best.Count > 1 && best[1].Shared == best[0].Shared)
                {
                    continue;
                }

                var (statementLine, turn, _) = best[0];
                foreach (var (key, mine) in own)
                {
                    registry.TryAdd(key with { Concept = statementLine.Concept }, (turn ? -mine.Value : mine.Value, mine.Decimals));
                }

                keys.Remove(line.Key);
                keys.Add(statementLine.Concept);
                lines[i] = line with
                {
                    Concept = statementLine.Concept,
                    Negated = turn,
                    ExtensionReason = $"the figures of the statement's line '{(statementLine.LabelEn.Length > 0 ? statementLine.LabelEn : statementLine.LabelJa)}'",
                };
            }

            result.Add(table with { Lines = lines });
        }

        return result;
    }

    private static string TableId(Group g) => g.Primary.SourceId + "|" + Title(g, Language.En) + "|" + Title(g, Language.Ja);

    private static string Title(Group g, Language language) =>
        g.Primary.Language == language ? g.Primary.Title : g.Other?.Language == language ? g.Other.Title : string.Empty;

    // ---- Tables in both languages ----------------------------------------------------------------------------------

    private static List<Group> Groups(Release release, Language primaryLanguage)
    {
        // A table with rows the reader could not fit to its columns is left out (XG0118): its draft would not be whole.
        var primaries = release.Tables.Where(t => t.Language == primaryLanguage && t.UnreadRows.Count == 0).ToList();
        var others = release.Tables.Where(t => t.Language != primaryLanguage && t.UnreadRows.Count == 0).ToList();
        var used = new HashSet<ReleaseTable>();
        var groups = new List<Group>();
        foreach (var p in primaries)
        {
            var partner = others.FirstOrDefault(o => !used.Contains(o) && p.SourceId.Length > 0 && o.SourceId == p.SourceId)
                ?? others.Where(o => !used.Contains(o) && (o.SourceId.Length == 0 || p.SourceId.Length == 0))
                    .Select(o => (o, Shared: SharedFigures(p, o))).Where(x => x.Shared * 2 >= Math.Max(1, p.Rows.Count)).OrderByDescending(x => x.Shared).Select(x => x.o).FirstOrDefault();
            if (partner is not null)
            {
                used.Add(partner);
            }

            groups.Add(new Group(p, partner, PairRows(p, partner)));
        }

        // A table printed in Japanese alone is drafted only when the release has no English part (generate takes the English part as the complete one).
        if (primaryLanguage == Model.Language.Ja)
        {
            groups.AddRange(others.Where(o => !used.Contains(o)).Select(o => new Group(o, null, PairRows(o, null))));
        }
        return groups;
    }

    private static string Figures(ReleaseRow row) =>
        string.Join(";", row.Values.OrderBy(v => v.Key).Select(v => v.Key.ToString(CultureInfo.InvariantCulture) + "=" + v.Value.Value.ToString(CultureInfo.InvariantCulture)));

    private static int SharedFigures(ReleaseTable a, ReleaseTable b)
    {
        var pool = b.Rows.Select(Figures).ToList();
        var shared = 0;
        foreach (var f in a.Rows.Select(Figures))
        {
            var i = pool.IndexOf(f);
            if (i >= 0)
            {
                shared++;
                pool.RemoveAt(i);
            }
        }

        return shared;
    }

    /// <summary>Each row with its other-language copy: by position when both print the same rows, else by equal figures.</summary>
    private static List<(ReleaseRow? Primary, ReleaseRow? Other)> PairRows(ReleaseTable primary, ReleaseTable? other)
    {
        if (other is null)
        {
            return [.. primary.Rows.Select(r => ((ReleaseRow?)r, (ReleaseRow?)null))];
        }

        if (other.Rows.Count == primary.Rows.Count && primary.Rows.Zip(other.Rows).Count(p => Figures(p.First) == Figures(p.Second)) * 4 >= primary.Rows.Count * 3)
        {
            return [.. primary.Rows.Zip(other.Rows).Select(p => ((ReleaseRow?)p.First, (ReleaseRow?)p.Second))];
        }

        var pool = other.Rows.ToList();
        var pairs = new List<(ReleaseRow?, ReleaseRow?)>();
        foreach (var row in primary.Rows)
        {
            var f = Figures(row);
            var match = pool.FirstOrDefault(o => Figures(o) == f);
            if (match is not null)
            {
                pool.Remove(match);
            }

            pairs.Add((row, match));
        }

        pairs.AddRange(pool.Select(o => ((ReleaseRow?)null, (ReleaseRow?)o)));
        return pairs;
    }

    // ---- Which statement -------------------------------------------------------------------------------------------

    private static StatementKind Classify(Group g)
    {
        var title = (g.Primary.Title + " " + g.Other?.Title).ToLowerInvariant();
        var instants = g.Primary.AmountColumns.Where(c => c.Period is not null).All(c => !c.Period!.IsDuration);
        if (title.Contains("cash flow", StringComparison.Ordinal) || title.Contains("キャッシュ", StringComparison.Ordinal))
        {
            return StatementKind.CashFlow;
        }

        if (title.Contains("balance sheet", StringComparison.Ordinal) || title.Contains("financial position", StringComparison.Ordinal)
            || title.Contains("financial condition", StringComparison.Ordinal) || title.Contains("貸借対照表", StringComparison.Ordinal) || title.Contains("財政状態", StringComparison.Ordinal))
        {
            return StatementKind.BalanceSheet;
        }

        if (title.Contains("comprehensive", StringComparison.Ordinal) && !title.Contains("operations", StringComparison.Ordinal) && !title.Contains("income and", StringComparison.Ordinal)
            || title.Contains("包括利益計算書", StringComparison.Ordinal))
        {
            return StatementKind.ComprehensiveIncome;
        }

        if (title.Contains("equity", StringComparison.Ordinal) && title.Contains("change", StringComparison.Ordinal) || title.Contains("株主資本等変動", StringComparison.Ordinal))
        {
            return StatementKind.Equity;
        }

        if (title.Contains("operations", StringComparison.Ordinal) || title.Contains("income", StringComparison.Ordinal) || title.Contains("earnings", StringComparison.Ordinal)
            || title.Contains("profit or loss", StringComparison.Ordinal) || title.Contains("損益", StringComparison.Ordinal))
        {
            return StatementKind.IncomeStatement;
        }

        // An untitled table: its columns and lines say what it is.
        var labels = g.Rows.Select(r => ConceptMatcher.Words(r.Primary?.Label ?? r.Other?.Label ?? string.Empty)).Select(w => string.Join(" ", w)).ToList();
        if (instants && labels.Any(l => l is "asset" or "liability"))
        {
            return StatementKind.BalanceSheet;
        }

        return StatementKind.Other;
    }

    // ---- One table -------------------------------------------------------------------------------------------------

    private static DraftTable? DraftTable(Group g, Release release, ConceptMatcher matcher, BaseTaxonomy taxonomy, string currency, string prefix,
        Dictionary<FigureKey, (decimal Value, int Decimals)> registry, Dictionary<string, DraftConcept> extensions, HashSet<string> ids, HashSet<string> statementConcepts,
        ILookup<string, (ReleaseRow Row, ReleaseTable Table)> claims)
    {
        var dated = g.Primary.AmountColumns.Where(c => c.Period is not null).ToList();
        if (dated.Count == 0 || g.Rows.Count == 0 || g.Primary.StatedMeasure is { } measure && !HeadingText.IsCurrencyCode(measure))
        {
            return null;
        }

        var statement = Classify(g);
        var titleEn = Title(g, Language.En);
        var titleJa = Title(g, Language.Ja);
        var stub = new TableMap(string.Empty, g.Primary.SourceId, titleEn, titleJa, [], new Diagnostics.SourceSpan(release.File, 0, 0));
        var found = FactBuilder.TablesFor(stub, release.Tables).ToHashSet();
        if (!found.SetEquals(new[] { g.Primary, g.Other }.OfType<ReleaseTable>()))
        {
            return null; // the mapping could not name this table alone (no source id, a title shared with another table)
        }

        var instantColumns = dated.All(c => !c.Period!.IsDuration);
        int? statedScale = null;
        if (g.Primary.Scale is null && g.Rows.Any(r => FigureOf(r.Primary?.Label ?? string.Empty, r.Other?.Label ?? string.Empty, (r.Primary ?? r.Other)!.Section) == FigureKind.Monetary))
        {
            // No scale in the headings: a statement, or a table whose columns print a currency, is money in whole units
            // (a statement printed in dollars and cents says no "in thousands"); anything else is counts or other measures.
            if (statement == StatementKind.Other && !dated.Any(c => c.Currency is not null))
            {
                return null;
            }

            statedScale = 0;
        }

        var rows = new List<ReleaseRow>();
        var seen = new List<(string En, string Ja, LineFacts Facts, IReadOnlyList<Suggestion> Ranked, bool PrintedNegative, LineRole Role, PeriodRole Period, FigureKind Figure, string? Section)>();
        var cashSection = "Operating Activities";
        var seenTotalAssets = false;
        var seenCurrentAssets = false;
        var seenCurrentLiabilities = false;
        var seenOperatingIncome = false;
        foreach (var (primaryRow, otherRow) in g.Rows)
        {
            var row = primaryRow ?? otherRow!;
            var (en, ja) = g.Primary.Language == Model.Language.Ja
                ? (otherRow?.Label ?? string.Empty, primaryRow?.Label ?? string.Empty)
                : (primaryRow?.Label ?? string.Empty, otherRow?.Label ?? string.Empty);
            var figure = FigureOf(en, ja, row.Section, row.Unit);
            // "Diluted" under "... Basic" counts what the basic line counts (per share, or shares).
            if (seen.Count > 0 && ConceptMatcher.Words(en) is ["diluted"] && ConceptMatcher.Words(seen[^1].En).LastOrDefault() == "basic")
            {
                figure = seen[^1].Figure;
            }

            var isTotal = SaysTotal(en, ja);
            var periodRole = SaysStart(en, ja) ? PeriodRole.Start : PeriodRole.ConceptDefault;
            var lineRole = periodRole == PeriodRole.Start ? LineRole.PeriodStart : SaysEnd(en, ja) ? LineRole.PeriodEnd : isTotal ? LineRole.Total : LineRole.None;
            string? section = null;
            if (statement == StatementKind.BalanceSheet)
            {
                section = (seenTotalAssets ? (seenCurrentLiabilities ? "noncurrent liabilities" : "current liabilities") : seenCurrentAssets ? "noncurrent assets" : "current assets");
                seenTotalAssets |= IsTotalAssets(en, ja);
                var words = string.Join(" ", ConceptMatcher.Words(en));
                seenCurrentAssets |= words == "current asset" || ConceptMatcher.JaKey(ja) == "流動資産";
                seenCurrentLiabilities |= seenTotalAssets && (words == "current liability" || ConceptMatcher.JaKey(ja) == "流動負債");
            }
            else if (statement == StatementKind.IncomeStatement)
            {
                section = seenOperatingIncome ? "Non-Operating" : "Operating";
                var words = ConceptMatcher.Words(en);
                seenOperatingIncome |= words.Count == 2 && words[0] == "operating" && words[1] is "income" or "loss" or "profit" || ConceptMatcher.JaKey(ja) == "営業利益";
            }
            else if (statement == StatementKind.CashFlow)
            {
                var text = ((row.Section ?? string.Empty) + " " + en + " " + ja).ToLowerInvariant();
                cashSection = text.Contains("investing", StringComparison.Ordinal) || text.Contains("投資活動", StringComparison.Ordinal) ? "Investing Activities"
                    : text.Contains("financing", StringComparison.Ordinal) || text.Contains("財務活動", StringComparison.Ordinal) ? "Financing Activities" : cashSection;
                section = cashSection;
            }

            var facts = new LineFacts(en, ja, statement, section, isTotal, figure, instantColumns, lineRole is LineRole.PeriodStart or LineRole.PeriodEnd);
            var rankedHere = matcher.Rank(facts, 6);
            // The operating result however it is worded ("Income (loss) from operations"): the lines below are non-operating.
            seenOperatingIncome |= statement == StatementKind.IncomeStatement && rankedHere.FirstOrDefault() is { Confidence: >= 0.8m } top && top.Concept.Name.LocalName == "OperatingIncomeLoss";
            seen.Add((en, ja, facts, rankedHere, PrintedNegative(row), lineRole, periodRole, figure, section));
            rows.Add(row);
        }

        // The surest lines choose first: "Total revenues" takes Revenues before "Systems integration revenues" can.
        var chosenLines = new DraftLine?[rows.Count];
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in Enumerable.Range(0, rows.Count).OrderByDescending(i => seen[i].Ranked.FirstOrDefault()?.Confidence ?? 0m).ThenBy(i => i))
        {
            var (en, ja, _, ranked, printedNegative, lineRole, periodRole, figure, section) = seen[i];
            var row = rows[i];
            foreach (var s in ranked.Where(s => s.Confidence >= ConceptMatcher.Threshold))
            {
                var key = s.Concept.Name.Prefixed;
                var negated = Negated(s.Concept, statement, printedNegative) != (statement != StatementKind.CashFlow && BenefitFirst(s.Concept, en));
                var used = key + (periodRole == PeriodRole.Start ? "@start" : string.Empty);
                if (usedKeys.Contains(used) || statement == StatementKind.Other && statementConcepts.Contains(key) && !Copies(key, s.Concept.PeriodType, row, g.Primary, periodRole, figure, currency, registry)
                    || statement == StatementKind.CashFlow && claims[key].Any() && !claims[key].Any(c => SameAmounts(row, g.Primary, c.Row, c.Table)))
                {
                    continue;
                }

                if (!Agrees(key, s.Concept.PeriodType, row, g.Primary, periodRole, negated, figure, currency, registry, commit: false))
                {
                    // Printed elsewhere with the other sign (a minority share added back here, subtracted there): the concept
                    // fits, the sign is the other one.
                    if (!Agrees(key, s.Concept.PeriodType, row, g.Primary, periodRole, !negated, figure, currency, registry, commit: false))
                    {
                        continue;
                    }

                    negated = !negated;
                }

                Agrees(key, s.Concept.PeriodType, row, g.Primary, periodRole, negated, figure, currency, registry, commit: true);
                chosenLines[i] = new DraftLine(en, ja, key, s.Confidence, [.. ranked.Where(r => r != s).Take(2)], lineRole, negated, UnitOf(figure), periodRole, []);
                usedKeys.Add(used);
                break;
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (chosenLines[i] is not null)
            {
                continue;
            }

            var (en, ja, _, ranked, printedNegative, lineRole, periodRole, figure, section) = seen[i];
            var row = rows[i];
            var extension = Extension(en, ja, i, statement, section, figure, instantColumns || periodRole == PeriodRole.Start || lineRole == LineRole.PeriodEnd, printedNegative, prefix);
            var name = extension.Name;
            for (var n = 2; usedKeys.Contains(name)
                || extensions.TryGetValue(name, out var other) && (other.ItemType, other.PeriodType, other.Balance) != (extension.ItemType, extension.PeriodType, extension.Balance)
                || !Agrees(name, extension.PeriodType, row, g.Primary, periodRole, false, figure, currency, registry, commit: false); n++)
            {
                name = extension.Name + n.ToString(CultureInfo.InvariantCulture);
            }

            extension = extension with { Name = name };
            extensions[name] = extension;
            Agrees(name, extension.PeriodType, row, g.Primary, periodRole, false, figure, currency, registry, commit: true);
            usedKeys.Add(name);
            var best = ranked.FirstOrDefault();
            chosenLines[i] = new DraftLine(en, ja, name, 0m, [.. ranked.Take(2)], lineRole, false, UnitOf(figure), periodRole, [])
            {
                ExtensionReason = best is null ? "no base concept matches this label" : $"no base concept matches well enough (best {best.Concept.Name.Prefixed} {ConceptMatcher.Invariant(best.Confidence)})",
            };
        }

        var lines = chosenLines.Select(l => l!).ToList();
        if (statement == StatementKind.IncomeStatement)
        {
            AfterTaxEquityMethod(lines, taxonomy, registry, statementConcepts);
        }

        // Sums only on the statements: a supplementary table's figures are checked against every statement's sums, so
        // one concept totalled two ways, or over units some lines lack, would not foot.
        if (statement != StatementKind.Other)
        {
            var signs = lines.Select(l => l.Negated).ToList();
            lines = Totals.Apply(lines, rows, g.Primary, taxonomy, extensions, concept => NetsTwoDirections().IsMatch(concept));
            foreach (var flipped in lines.Where((l, k) => l.Negated != signs[k]))
            {
                // The footing turned the line's sign: its figures, as registered for other tables' copies, turn too.
                foreach (var key in registry.Keys.Where(k => k.Concept == flipped.Concept).ToList())
                {
                    registry[key] = (-registry[key].Value, registry[key].Decimals);
                }
            }
        }
        var id = UniqueId(statement switch
        {
            StatementKind.BalanceSheet => "BalanceSheet",
            StatementKind.IncomeStatement => "IncomeStatement",
            StatementKind.CashFlow => "CashFlows",
            StatementKind.ComprehensiveIncome => "ComprehensiveIncome",
            StatementKind.Equity => "Equity",
            _ => g.Primary.SourceId.Length > 0 ? Pascal(g.Primary.SourceId) : "Table",
        }, ids);
        return new DraftTable(id, g.Primary.SourceId, titleEn, titleJa, statement, lines) { Scale = statedScale };
    }

    /// <summary>
    /// The concept each income statement line ranks first: the cash flow, drafted first, takes one of these for an
    /// adjustment only where it prints the income statement's amounts ("Income tax benefit" that is a deferred part is
    /// not the tax line).
    /// </summary>
    private static ILookup<string, (ReleaseRow Row, ReleaseTable Table)> Claims(List<Group> groups, ConceptMatcher matcher) =>
        groups.Where(g => Classify(g) == StatementKind.IncomeStatement).SelectMany(g => g.Rows.Where(r => r.Primary is not null).Select(r =>
        {
            var (en, ja) = g.Primary.Language == Model.Language.Ja ? (r.Other?.Label ?? string.Empty, r.Primary!.Label) : (r.Primary!.Label, r.Other?.Label ?? string.Empty);
            var figure = FigureOf(en, ja, r.Primary.Section, r.Primary.Unit);
            var best = figure == FigureKind.Monetary ? matcher.Rank(new LineFacts(en, ja, StatementKind.IncomeStatement, null, SaysTotal(en, ja), figure, false, false), 1).FirstOrDefault() : null;
            return (Concept: best is { Confidence: >= ConceptMatcher.Threshold } ? best.Concept.Name.Prefixed : null, Row: r.Primary, g.Primary);
        })).Where(x => x.Concept is not null).ToLookup(x => x.Concept!, x => (x.Row, x.Primary), StringComparer.Ordinal);

    /// <summary>Two rows print the same amounts, either sign, in every period both print (at least one).</summary>
    private static bool SameAmounts(ReleaseRow a, ReleaseTable at, ReleaseRow b, ReleaseTable bt)
    {
        Dictionary<ReportingPeriod, (decimal Value, int Scale)> Amounts(ReleaseRow row, ReleaseTable table) => row.Values
            .Where(v => !v.Value.IsDash && table.Columns.ElementAtOrDefault(v.Key) is { IsAmount: true, Period: not null })
            .GroupBy(v => table.Columns[v.Key].Period!).ToDictionary(x => x.Key, x => (Math.Abs(x.First().Value.Value) * Calculations.Pow10(table.Scale ?? 0), table.Scale ?? 0));
        var x = Amounts(a, at);
        var y = Amounts(b, bt);
        var shared = x.Keys.Where(y.ContainsKey).ToList();
        return shared.Count > 0 && shared.All(p => Round(x[p].Value, -Math.Max(x[p].Scale, y[p].Scale)) == Round(y[p].Value, -Math.Max(x[p].Scale, y[p].Scale)));
    }

    /// <summary>
    /// An income statement that deducts a noncontrolling share from net income and prints what is left for the parent
    /// files the first as <c>ProfitLoss</c> (every table's copy of it) and the parent's share as <c>NetIncomeLoss</c>,
    /// as US-GAAP filers do.
    /// </summary>
    private static void ParentAndNoncontrolling(List<DraftTable> tables, BaseTaxonomy taxonomy, Dictionary<FigureKey, (decimal Value, int Decimals)> registry)
    {
        const string net = "gaap:NetIncomeLoss";
        const string profit = "gaap:ProfitLoss";
        foreach (var table in tables.Where(t => t.Statement == StatementKind.IncomeStatement))
        {
            var lines = table.Lines;
            var total = lines.ToList().FindIndex(l => l.Concept == net && l.Members.Count == 0);
            var share = lines.ToList().FindIndex(l => l.Concept == "gaap:NetIncomeLossAttributableToNoncontrollingInterest");
            var parent = share < 0 ? -1 : lines.ToList().FindIndex(share + 1, l => l.Members.Count == 0 && l.Unit is null && l.Concept != net
                && IsParentShare(l) && !ConceptMatcher.Words(l.LabelEn).Any(w => w is "noncontrolling" or "minority" or "comprehensive")
                && !l.LabelJa.Contains("非支配", StringComparison.Ordinal) && !l.LabelJa.Contains("包括", StringComparison.Ordinal)
                && !l.Concept.Contains("Comprehensive", StringComparison.Ordinal));
            if (total < 0 || share < total || parent < 0 || !taxonomy.Concepts.ContainsKey(profit) || registry.Keys.Any(k => k.Concept == profit))
            {
                continue;
            }

            var old = lines[parent].Concept;
            Rename(net, profit);
            Rename(old, net);
            var named = lines[parent] with { Concept = net, RunnersUp = [], ExtensionReason = null };
            for (var t = 0; t < tables.Count; t++)
            {
                tables[t] = tables[t] with
                {
                    Lines = [.. tables[t].Lines.Select(l => ReferenceEquals(l, lines[parent]) ? named : l.Members.Count == 0 && l.Concept == net ? l with { Concept = profit } : l)
                        .Select(l => l with { Sum = [.. l.Sum.Select(x => (x.Key == net ? profit : x.Key == old ? net : x.Key, x.Weight))] })],
                };
            }

            return;
        }

        void Rename(string from, string to)
        {
            foreach (var key in registry.Keys.Where(k => k.Concept == from).ToList())
            {
                registry[key with { Concept = to }] = registry[key];
                registry.Remove(key);
            }
        }
    }

    /// <summary>A line of the parent's share: "attributable to ...", "Owners of the parent", 親会社株主に帰属する..., 親会社の所有者に帰属する...</summary>
    private static bool IsParentShare(DraftLine line) =>
        line.LabelEn.Contains("attributable", StringComparison.OrdinalIgnoreCase) || line.LabelEn.StartsWith("owners of", StringComparison.OrdinalIgnoreCase)
        || line.LabelJa.Contains("親会社株主に帰属", StringComparison.Ordinal) || line.LabelJa.Contains("親会社の所有者に帰属", StringComparison.Ordinal);

    private const string PreTax = "gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest";
    private const string PreTaxBeforeEquityMethod = "gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments";

    /// <summary>
    /// An income statement that shows equity-method results below the pre-tax line (after tax) files the pre-tax line
    /// as income before income taxes, noncontrolling interest and equity-method results, as US-GAAP filers do.
    /// </summary>
    private static void AfterTaxEquityMethod(List<DraftLine> lines, BaseTaxonomy taxonomy, Dictionary<FigureKey, (decimal Value, int Decimals)> registry, HashSet<string> statementConcepts)
    {
        var pretax = lines.FindIndex(l => l.Concept == PreTax && l.Members.Count == 0);
        if (pretax < 0 || statementConcepts.Contains(PreTax) || !taxonomy.Concepts.ContainsKey(PreTaxBeforeEquityMethod) || registry.Keys.Any(k => k.Concept == PreTaxBeforeEquityMethod)
            || !lines.Skip(pretax + 1).Any(l => l.Concept.StartsWith("gaap:IncomeLossFromEquityMethodInvestments", StringComparison.Ordinal)))
        {
            return;
        }

        foreach (var key in registry.Keys.Where(k => k.Concept == PreTax).ToList())
        {
            registry[key with { Concept = PreTaxBeforeEquityMethod }] = registry[key];
            registry.Remove(key);
        }

        lines[pretax] = lines[pretax] with { Concept = PreTaxBeforeEquityMethod, RunnersUp = [] };
    }

    private static string UniqueId(string id, HashSet<string> ids)
    {
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = id + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private static string? UnitOf(FigureKind figure) => figure switch
    {
        FigureKind.PerShare => "perShare",
        FigureKind.Shares => "shares",
        FigureKind.Pure => "pure",
        _ => null,
    };

    /// <summary>
    /// Whether the line's figures, filed under <paramref name="key"/>, agree with every copy of the same figure already
    /// drafted (another table printing it); with <paramref name="commit"/>, records them.
    /// </summary>
    private static bool Agrees(string key, PeriodType periodType, ReleaseRow row, ReleaseTable table, PeriodRole periodRole, bool negated, FigureKind figure, string currency,
        Dictionary<FigureKey, (decimal Value, int Decimals)> registry, bool commit)
    {
        foreach (var (index, printed) in row.Values)
        {
            var column = table.Columns.ElementAtOrDefault(index);
            if (column is null || !column.IsAmount || column.Period is not { } period || printed.IsDash)
            {
                continue;
            }

            var columnCurrency = column.Currency ?? currency;
            if (figure != FigureKind.Monetary && columnCurrency != currency)
            {
                continue;
            }

            var when = periodRole == PeriodRole.Start ? period.AsStartInstant().ToString() : periodType == PeriodType.Instant ? period.AsInstant().ToString() : period.IsDuration ? period.AsDuration().ToString() : period.AsInstant().ToString();
            var scale = figure == FigureKind.Monetary ? table.Scale ?? 0 : 0;
            var value = printed.Value * Calculations.Pow10(scale) * (negated ? -1m : 1m);
            var decimals = scale > 0 ? -scale : printed.DecimalPlaces;
            var figureKey = new FigureKey(key, when ?? string.Empty, figure == FigureKind.Monetary ? columnCurrency : figure.ToString());
            if (registry.TryGetValue(figureKey, out var known))
            {
                var coarse = Math.Min(known.Decimals, decimals);
                if (Round(known.Value, coarse) != Round(value, coarse))
                {
                    return false;
                }
            }
            else if (commit)
            {
                registry[figureKey] = (value, decimals);
            }
        }

        return true;
    }

    /// <summary>Every figure of the row is a copy of one already drafted under <paramref name="key"/> (same period and unit).</summary>
    private static bool Copies(string key, PeriodType periodType, ReleaseRow row, ReleaseTable table, PeriodRole periodRole, FigureKind figure, string currency,
        Dictionary<FigureKey, (decimal Value, int Decimals)> registry)
    {
        var probe = new Dictionary<FigureKey, (decimal Value, int Decimals)>();
        Agrees(key, periodType, row, table, periodRole, false, figure, currency, probe, commit: true);
        return probe.Count > 0 && probe.Keys.All(registry.ContainsKey);
    }

    private static decimal Round(decimal value, int decimals) => decimals >= 0
        ? Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero)
        : Math.Round(value / Calculations.Pow10(-decimals), MidpointRounding.AwayFromZero);

    // ---- Signs -----------------------------------------------------------------------------------------------------

    /// <summary>Most of the row's figures are printed negative (in parentheses, or with a minus or △).</summary>
    private static bool PrintedNegative(ReleaseRow row)
    {
        var figures = row.Values.Values.Where(v => !v.IsDash && v.Value != 0).ToList();
        return figures.Count > 0 && figures.Count(v => v.Value < 0) * 2 > figures.Count;
    }

    /// <summary>
    /// Whether the printed sign is the opposite of the concept's value. A concept that nets two directions (income or
    /// loss, increase or decrease, provided or used) takes the printed sign. In a cash flow statement a credit concept is
    /// printed as its effect on cash (payments, gains and increases in assets reduce cash) except the net income it starts
    /// from. Elsewhere a one-direction concept (an expense, an asset) printed negative is printed negated.
    /// </summary>
    public static bool Negated(Concept concept, StatementKind statement, bool printedNegative)
    {
        var name = concept.Name.LocalName;
        if (statement == StatementKind.CashFlow && concept.Balance == Balance.Credit)
        {
            return !StartsCashFlow().IsMatch(name) && !name.StartsWith("Proceeds", StringComparison.Ordinal);
        }

        if (statement == StatementKind.CashFlow && concept.Balance == Balance.Debit && name.StartsWith("IncreaseDecrease", StringComparison.Ordinal))
        {
            return false;
        }

        return printedNegative && !NetsTwoDirections().IsMatch(name);
    }

    /// <summary>
    /// An expense-or-benefit concept whose label prints a benefit as the positive direction ("Income tax (expense)
    /// benefit", "Income tax benefit"): the printed figure is the concept's value negated.
    /// </summary>
    private static bool BenefitFirst(Concept concept, string en) =>
        concept.Name.LocalName.EndsWith("ExpenseBenefit", StringComparison.Ordinal) && BenefitWording().IsMatch(en);

    [GeneratedRegex(@"(?i)\(\s*expense\s*\)\s*benefit|benefit\s*\(\s*expense\s*\)|^(?!.*expense).*\bbenefit\b")]
    private static partial Regex BenefitWording();

    [GeneratedRegex("^(NetIncomeLoss|ProfitLoss|IncomeLossFromContinuingOperations|IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest|NetIncomeLossAvailableToCommonStockholdersBasic)$")]
    private static partial Regex StartsCashFlow();

    [GeneratedRegex("IncomeLoss|ProfitLoss|GainLoss|GainsLosses|IncomeExpense|ExpenseBenefit|ProvidedByUsedIn|IncreaseDecrease|ProceedsFromRepayments|PaymentsForProceeds|ProceedsFromPayments|EffectOfExchangeRate|AccumulatedDeficit|AccumulatedOtherComprehensive|StockholdersEquity|ComprehensiveIncome|EarningsPerShare|PerBasicShare|PerDilutedShare|Equity$|GrossProfit")]
    private static partial Regex NetsTwoDirections();

    // ---- Extension concepts ---------------------------------------------------------------------------------------

    private static DraftConcept Extension(string en, string ja, int index, StatementKind statement, string? section, FigureKind figure, bool instant, bool printedNegative, string prefix)
    {
        var local = Pascal(en);
        if (local.Length == 0 || !char.IsLetter(local[0]))
        {
            local = "Line" + (local.Length > 0 ? local : (index + 1).ToString(CultureInfo.InvariantCulture));
        }

        var type = figure switch
        {
            FigureKind.Shares => "xbrli:sharesItemType",
            FigureKind.Pure => "xbrli:pureItemType",
            FigureKind.PerShare => "xbrli:decimalItemType",
            _ => "xbrli:monetaryItemType",
        };
        var balance = Balance.None;
        if (figure == FigureKind.Monetary)
        {
            var expense = ExpenseWords().IsMatch(en) || ja.Contains("費", StringComparison.Ordinal) || ja.Contains("原価", StringComparison.Ordinal) || ja.Contains("損失", StringComparison.Ordinal);
            balance = statement switch
            {
                StatementKind.BalanceSheet => (section == "liabilities") != printedNegative ? Balance.Credit : Balance.Debit,
                StatementKind.IncomeStatement or StatementKind.ComprehensiveIncome => expense ? Balance.Debit : Balance.Credit,
                _ => Balance.None,
            };
        }

        var labelEn = en.Length > 0 ? en : ja;
        var labelJa = ja.Length > 0 ? ja : en;
        return new DraftConcept(prefix + ":" + local, type, instant ? PeriodType.Instant : PeriodType.Duration, balance, labelEn, labelJa);
    }

    [GeneratedRegex(@"(?i)\b(expenses?|costs?|loss(es)?|charges?|impairment|depreciation|amortization|write-?downs?)\b")]
    private static partial Regex ExpenseWords();

    /// <summary>A label as a concept name: its words capitalised and joined (<c>Dial-up access services</c>: <c>DialUpAccessServices</c>).</summary>
    public static string Pascal(string label)
    {
        var sb = new StringBuilder();
        foreach (var word in NonWord().Split(label.Normalize(NormalizationForm.FormKC)).Where(w => w.Length > 0))
        {
            if (word.All(c => c < 128 && char.IsLetterOrDigit(c)))
            {
                // US-GAAP style: an acronym is a word (EBITDA: Ebitda).
                var w = word.Length > 1 && word.All(c => !char.IsLower(c)) ? word[0] + word[1..].ToLowerInvariant() : word;
                sb.Append(char.ToUpperInvariant(w[0])).Append(w.AsSpan(1));
            }
        }

        var name = sb.ToString();
        return name.Length > 100 ? name[..100] : name;
    }

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex NonWord();

    // ---- What a label says ----------------------------------------------------------------------------------------

    /// <summary>What a row's figures count: what the reader found where it found more than money (a share count under an
    /// earnings-per-share heading), else what the labels say.</summary>
    /// <summary>What a row's figures count, as the reader found it (<see cref="FigureUnits"/>): money, per share or shares.</summary>
    private static FigureKind FigureOf(string en, string ja, string? section, FigureUnit read) => read switch
    {
        FigureUnit.Shares => FigureKind.Shares,
        FigureUnit.PerShare => FigureKind.PerShare,
        FigureUnit.Currency => FigureKind.Monetary,
        _ => FigureOf(en, ja, section),
    };

    private static FigureKind FigureOf(string en, string ja, string? section)
    {
        var e = (en + " " + section).ToLowerInvariant();
        if (e.Contains("per share", StringComparison.Ordinal) || e.Contains("per ads", StringComparison.Ordinal) || e.Contains("per common share", StringComparison.Ordinal)
            || e.Contains("per diluted share", StringComparison.Ordinal) || e.Contains("per basic share", StringComparison.Ordinal) || e.Contains("per unit", StringComparison.Ordinal)
            || ja.Contains("株当たり", StringComparison.Ordinal))
        {
            var own = en.ToLowerInvariant();
            return own.Contains("shares", StringComparison.Ordinal) && !own.Contains("per share", StringComparison.Ordinal) ? FigureKind.Shares : FigureKind.PerShare;
        }

        // "Basic" and "Diluted" alone are the per-share lines under an earnings-per-share heading.
        if (ConceptMatcher.Words(en).All(w => w is "basic" or "diluted" or "and") && en.Length > 0 && !(section ?? string.Empty).Contains("shares", StringComparison.OrdinalIgnoreCase))
        {
            return FigureKind.PerShare;
        }

        if (ShareWords().IsMatch(en) || ja.Contains("株式数", StringComparison.Ordinal) || ja.Contains("株数", StringComparison.Ordinal))
        {
            return FigureKind.Shares;
        }

        return FigureKind.Monetary;
    }

    [GeneratedRegex(@"(?i)\b(shares|number of ads|weighted average number|weighted-average number|weighted average shares)\b")]
    private static partial Regex ShareWords();

    private static bool SaysTotal(string en, string ja) =>
        en.TrimStart().StartsWith("total", StringComparison.OrdinalIgnoreCase) || ja.TrimEnd().EndsWith("合計", StringComparison.Ordinal);

    private static bool SaysStart(string en, string ja) =>
        en.Contains("beginning of", StringComparison.OrdinalIgnoreCase) || ja.Contains("期首", StringComparison.Ordinal);

    private static bool SaysEnd(string en, string ja) =>
        en.Contains("end of", StringComparison.OrdinalIgnoreCase) || ja.Contains("期末残高", StringComparison.Ordinal) || ja.Contains("期末", StringComparison.Ordinal) && ja.Contains("現金", StringComparison.Ordinal);

    private static bool IsTotalAssets(string en, string ja) =>
        string.Join(" ", ConceptMatcher.Words(en)) == "asset" && en.Contains("total", StringComparison.OrdinalIgnoreCase) || ConceptMatcher.JaKey(ja) is "資産" or "総資産" or "資産の部";

    // ---- Entity ----------------------------------------------------------------------------------------------------

    private static string Currency(Release release)
    {
        var counted = release.Tables.SelectMany(t => t.AmountColumns).Select(c => c.Currency).OfType<string>().GroupBy(c => c)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
        if (counted is not null)
        {
            return counted;
        }

        var text = string.Join("\n", release.Lines);
        return text.Contains("円", StringComparison.Ordinal) || text.Contains(" yen", StringComparison.OrdinalIgnoreCase) ? "JPY"
            : text.Contains('€') ? "EUR" : text.Contains('£') ? "GBP" : text.Contains("SEK", StringComparison.Ordinal) ? "SEK" : "USD";
    }

    /// <summary>The company's name as the release prints it most: a name ending in Inc., Corporation, Co., Ltd. and the like, or 株式会社.</summary>
    public static string? EntityName(Release release)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in release.Lines.Take(4000))
        {
            foreach (Match m in CompanyName().Matches(line))
            {
                var n = m.Value.Trim().Trim(',').Trim();
                counts[n] = counts.GetValueOrDefault(n) + 1;
            }
        }

        var en = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();
        if (en is not null)
        {
            return en;
        }

        foreach (var line in release.Lines.Take(4000))
        {
            if (JapaneseName().Match(line) is { Success: true } m)
            {
                return m.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:[A-Z][A-Za-z0-9&'\.\-]*\s){0,5}?(?:[A-Z][A-Za-z0-9&'\.\-]*),?\s(?:Inc\.|Incorporated|Corporation|Corp\.|Co\., Ltd\.|Company|Limited|Ltd\.|plc|PLC|N\.V\.|AG|S\.A\.|SE|AB|ASA|Holdings, Inc\.|Bancorp, Inc\.|Bancorp)")]
    private static partial Regex CompanyName();

    [GeneratedRegex(@"株式会社[^\s　（(、。]{1,20}|[^\s　（(、。]{1,20}株式会社")]
    private static partial Regex JapaneseName();

    /// <summary>The extension prefix: the initials of the name's words (at most five, lower case), or its first word.</summary>
    public static string Prefix(string name)
    {
        var words = NonWord().Split(name).Where(w => w.Length > 0 && w.All(c => c < 128))
            .Where(w => w is not ("Inc" or "Incorporated" or "Corporation" or "Corp" or "Co" or "Ltd" or "Limited" or "Company" or "plc" or "PLC" or "The" or "of" or "and" or "AG" or "SE" or "AB" or "ASA" or "N" or "V" or "S" or "A")).ToList();
        var prefix = words.Count switch
        {
            0 => "co",
            1 => words[0].ToLowerInvariant(),
            _ => string.Concat(words.Take(5).Select(w => char.ToLowerInvariant(w[0]))),
        };
        prefix = new string([.. prefix.Where(char.IsLetterOrDigit)]);
        if (prefix.Length > 10)
        {
            prefix = prefix[..10];
        }

        return prefix.Length == 0 || !char.IsLetter(prefix[0]) || prefix is "gaap" or "dei" or "xbrli" or "iso4217" or "link" or "xlink" or "xsd" or "xml" or "ix" ? "co" + prefix : prefix;
    }

    // ---- Calendar --------------------------------------------------------------------------------------------------

    /// <summary>A column heading that names a fiscal quarter (<c>1Q03</c>), whose dates depend on the fiscal calendar.</summary>
    public static bool IsQuarterLabel(string heading) => QuarterHeading().IsMatch(heading.Trim());

    [GeneratedRegex(@"^[1-4]Q\d\d$")]
    private static partial Regex QuarterHeading();

    /// <summary>
    /// The fiscal year end the period headings tell: the end of a twelve-month column; else the balance-sheet date that
    /// is not a quarter's end like the others (the prior year end printed beside the quarter's); else the day before the
    /// longest flow column starts. Null when no column carries a date.
    /// </summary>
    public static (int Month, int Day)? YearEnd(Release release)
    {
        // Only headings that print dates: a quarter label (1Q03) was read with a calendar this is to find.
        var periods = release.Tables.SelectMany(t => t.AmountColumns).Where(c => !IsQuarterLabel(c.PeriodText)).Select(c => c.Period).OfType<ReportingPeriod>().ToList();
        if (periods.Count == 0)
        {
            return null;
        }

        if (periods.Where(p => p.Months == 12).OrderByDescending(p => p.End).FirstOrDefault() is { } year)
        {
            return (year.End.Month, year.End.Day);
        }

        var document = periods.Where(p => p.IsDuration).OrderByDescending(p => p.End).FirstOrDefault() ?? periods.OrderByDescending(p => p.End).First();
        var odd = periods.Where(p => !p.IsDuration && (p.End.Month, p.End.Day) != (document.End.Month, document.End.Day) && p.End < document.End)
            .GroupBy(p => (p.End.Month, p.End.Day)).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (odd is not null && (document.End.Month - odd.Key.Month + 12) % 3 == 0)
        {
            return odd.Key;
        }

        var longest = periods.Where(p => p.IsDuration).OrderByDescending(p => p.Months).ThenByDescending(p => p.End).FirstOrDefault() ?? document;
        var before = longest.Start.AddDays(-1);
        return (before.Month, before.Day);
    }
}
