using XbrlGen.Reading;

namespace XbrlGen.Init;

/// <summary>
/// Finds the totals of a drafted table by footing: a line whose figures equal the sum of lines above it (not yet part
/// of another total), in every column, is their total. Weights are +1, or -1 where the line above is subtracted
/// (revenue less costs); the sum is then written in terms of the concepts' values, so a negated line's weight turns.
/// </summary>
public static partial class Totals
{
    /// <summary>The most lines above a total that are tried with a line subtracted (2^n sign choices).</summary>
    private const int MaxSignedItems = 7;

    /// <remarks>
    /// A line whose concept nets two directions (an income tax expense or benefit) and whose label does not say which
    /// one its printed sign shows takes that from the footing: where the total adds it against its balance, its printed
    /// figures are its values negated (<paramref name="twoWay"/> names such concepts).
    /// </remarks>
    internal static List<DraftLine> Apply(List<DraftLine> lines, List<ReleaseRow> rows, ReleaseTable table, BaseTaxonomy taxonomy, IReadOnlyDictionary<string, DraftConcept> extensions, Func<string, bool> twoWay)
    {
        var columns = table.Columns.Where(c => c.IsAmount).Select(c => c.Index).ToList();
        var open = new List<int>();
        var result = lines.ToList();
        Balance BalanceOf(string concept) =>
            taxonomy.Concepts.TryGetValue(concept, out var c) ? c.Balance : extensions.TryGetValue(concept, out var e) ? e.Balance : Balance.None;
        PeriodType? PeriodOf(string concept) =>
            taxonomy.Concepts.TryGetValue(concept, out var c) ? c.PeriodType : extensions.TryGetValue(concept, out var e) ? e.PeriodType : null;

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Unit is not null || !rows[i].Values.Values.Any(v => !v.IsDash) || lines[i].Period == Mapping.PeriodRole.Start)
            {
                continue;
            }

            var found = Find(open, i, rows, columns);
            if (found is { } block)
            {
                var total = result[i];
                var items = block.Items.Select(j => result[j]).ToList();
                var sign = total.Negated ? -1m : 1m;
                List<(string Key, decimal Weight)> SumOf() => [.. items.Select((l, k) => (l.Key, Weight: sign * block.Weights[k] * (l.Negated ? -1m : 1m)))];
                // XBRL 2.1 (5.2.5.2): an item of the total's balance adds, of the other balance subtracts.
                bool Fits(int k, decimal weight) =>
                    BalanceOf(items[k].Concept) == Balance.None || BalanceOf(total.Concept) == Balance.None || (BalanceOf(items[k].Concept) == BalanceOf(total.Concept)) == (weight > 0);
                var sum = SumOf();
                var misfits = Enumerable.Range(0, items.Count).Where(k => !Fits(k, sum[k].Weight)).ToList();
                if (misfits.Count > 0 && misfits.All(k => twoWay(items[k].Concept) && items[k].Sum.Count == 0 && items[k].Members.Count == 0))
                {
                    foreach (var k in misfits)
                    {
                        items[k] = items[k] with { Negated = !items[k].Negated };
                        result[block.Items[k]] = items[k];
                    }

                    sum = SumOf();
                    misfits.Clear();
                }

                if (items.All(l => PeriodOf(l.Concept) == PeriodOf(total.Concept)) && misfits.Count == 0)
                {
                    result[i] = total with { Sum = sum };
                    open.RemoveRange(open.Count - block.Items.Count, block.Items.Count);
                }
            }

            open.Add(i);
        }

        return result;
    }

    /// <summary>The lines at the end of <paramref name="open"/> that row <paramref name="total"/> is the sum of, and their weights; null if none foots.</summary>
    public static (List<int> Items, List<decimal> Weights)? Find(IReadOnlyList<int> open, int total, IReadOnlyList<ReleaseRow> rows, IReadOnlyList<int> columns)
    {
        // All added, the longest block first (a grand total over subtotals); then with lines subtracted, the shortest first.
        for (var k = 0; k <= open.Count - 2; k++)
        {
            var items = open.Skip(k).ToList();
            var weights = items.Select(_ => 1m).ToList();
            if (Foots(items, weights, total, rows, columns))
            {
                return (items, weights);
            }
        }

        for (var k = open.Count - 2; k >= Math.Max(0, open.Count - MaxSignedItems); k--)
        {
            var items = open.Skip(k).ToList();
            // The first line is added; every choice of signs for the others, fewest subtracted first.
            var choices = Enumerable.Range(1, (1 << (items.Count - 1)) - 1).OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m);
            foreach (var mask in choices)
            {
                var weights = items.Select((_, n) => n > 0 && (mask & (1 << (n - 1))) != 0 ? -1m : 1m).ToList();
                if (Foots(items, weights, total, rows, columns))
                {
                    return (items, weights);
                }
            }
        }

        return null;
    }

    private static bool Foots(List<int> items, List<decimal> weights, int total, IReadOnlyList<ReleaseRow> rows, IReadOnlyList<int> columns)
    {
        if (items.Count(j => rows[j].Values.Values.Any(v => !v.IsDash && v.Value != 0)) < 2)
        {
            return false;
        }

        var compared = 0;
        foreach (var c in columns)
        {
            if (!rows[total].Values.TryGetValue(c, out var printed) || printed.IsDash)
            {
                continue;
            }

            var sum = 0m;
            for (var n = 0; n < items.Count; n++)
            {
                if (rows[items[n]].Values.TryGetValue(c, out var v) && !v.IsDash)
                {
                    sum += weights[n] * v.Value;
                }
            }

            if (sum != printed.Value)
            {
                return false;
            }

            compared++;
        }

        return compared > 0;
    }

    /// <summary>
    /// A base-concept line whose sum adds only extension lines (a breakdown no base concept names, as revenue by product
    /// or service) files those lines as its own concept on <c>gaap:ProductOrServiceAxis</c>, one company member each;
    /// a subtotal among them gets a member too, and its own lines become members under it. A cost line names the same
    /// member as the revenue line it is the cost of ("Cost of systems integration revenues": systems integration).
    /// Returns each extension concept so converted with the concept and members it became, for the copies of its
    /// figures in other tables.
    /// </summary>
    internal static Dictionary<string, (string Concept, IReadOnlyList<(string Axis, string Member)> Members)> ProposeAxes(List<DraftTable> tables, string prefix, List<DraftMember> members)
    {
        var converted = new Dictionary<string, (string Concept, IReadOnlyList<(string Axis, string Member)> Members)>(StringComparer.Ordinal);
        for (var t = 0; t < tables.Count; t++)
        {
            var lines = tables[t].Lines.ToList();
            var rename = new Dictionary<string, string>(StringComparer.Ordinal);
            bool IsExtension(DraftLine l) => l.Concept.StartsWith(prefix + ":", StringComparison.Ordinal) && l.Members.Count == 0 && l.Unit is null;

            void Convert(int index, string concept, string parent)
            {
                var line = lines[index];
                var member = Member(line, concept, parent, prefix, members);
                var done = line with { Concept = concept, Members = [(Axis, member)], ExtensionReason = $"a line of the breakdown of {concept}, filed on {Axis}" };
                rename[line.Key] = done.Key;
                converted.TryAdd(line.Concept, (concept, done.Members));
                lines[index] = done;
                foreach (var (key, _) in line.Sum)
                {
                    var inner = lines.FindIndex(l => l.Key == key);
                    if (inner >= 0 && IsExtension(lines[inner]))
                    {
                        Convert(inner, concept, member);
                    }
                }
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var total = lines[i];
                if (total.Concept.StartsWith(prefix + ":", StringComparison.Ordinal) || total.Members.Count > 0 || total.Sum.Count < 2
                    || total.Sum.Any(s => s.Weight != 1m) || !total.Sum.All(s => lines.Find(l => l.Key == s.Key) is { } item && IsExtension(item) && AllExtension(item)))
                {
                    continue;
                }

                foreach (var (key, _) in total.Sum)
                {
                    Convert(lines.FindIndex(l => l.Key == key), total.Concept, Domain);
                }

                bool AllExtension(DraftLine item) => item.Sum.All(s => lines.Find(l => l.Key == s.Key) is { } inner && IsExtension(inner) && AllExtension(inner) && s.Weight == 1m);
            }

            if (rename.Count > 0)
            {
                lines = [.. lines.Select(l => l with { Sum = [.. l.Sum.Select(s => (rename.GetValueOrDefault(s.Key, s.Key), s.Weight))] })];
                tables[t] = tables[t] with { Lines = lines };
            }
        }

        return converted;
    }

    /// <summary>
    /// A supplementary table that repeats a breakdown line and breaks it down further (dedicated access services by
    /// service): the extension lines just above that foot to the breakdown line, in every column, become members under
    /// its member, on its concept.
    /// </summary>
    internal static DraftTable BreakDownFurther(DraftTable table, List<ReleaseRow> rows, ReleaseTable source, string prefix, List<DraftMember> members)
    {
        var columns = source.Columns.Where(c => c.IsAmount).Select(c => c.Index).ToList();
        var lines = table.Lines.ToList();
        var open = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var total = lines[i];
            if (total.Members is [(Axis, var parent)] && Find(open, i, rows, columns) is { } block && block.Weights.All(w => w == 1m)
                && block.Items.All(j => lines[j].Concept.StartsWith(prefix + ":", StringComparison.Ordinal) && lines[j].Members.Count == 0 && lines[j].Unit is null && !lines[j].Negated))
            {
                foreach (var j in block.Items)
                {
                    var member = Member(lines[j], total.Concept, parent, prefix, members);
                    lines[j] = lines[j] with { Concept = total.Concept, Members = [(Axis, member)], ExtensionReason = $"a line of the breakdown of {total.Key}, filed on {Axis}" };
                }

                open.RemoveRange(open.Count - block.Items.Count, block.Items.Count);
            }

            open.Add(i);
        }

        return table with { Lines = lines };
    }

    private const string Axis = "gaap:ProductOrServiceAxis";
    private const string Domain = "gaap:ProductsAndServicesDomain";

    /// <summary>
    /// The member a breakdown line is filed on: named from its label without a leading "Total" or "Cost of" and a trailing
    /// "revenues", so a product's revenue and its cost share one member; a name another parent holds takes a number.
    /// </summary>
    private static string Member(DraftLine line, string concept, string parent, string prefix, List<DraftMember> members)
    {
        var label = line.LabelEn.Length > 0 ? line.LabelEn : line.LabelJa;
        var local = Drafter.Pascal(MemberWords().Replace(label.Trim(), string.Empty));
        if (local.Length == 0 || !char.IsLetter(local[0]))
        {
            local = line.Concept[(prefix.Length + 1)..];
        }

        var name = prefix + ":" + local + "Member";
        for (var n = 2; members.Find(m => m.Name == name) is { } held && held.Parent != parent; n++)
        {
            name = prefix + ":" + local + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Member";
        }

        if (!members.Any(m => m.Name == name))
        {
            members.Add(new DraftMember(name, parent, line.LabelEn.Length > 0 ? line.LabelEn : line.LabelJa, line.LabelJa.Length > 0 ? line.LabelJa : line.LabelEn));
        }

        return name;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)^(total\s+)?(costs?\s+of\s+(sales\s+of\s+)?)?|\s+revenues?$")]
    private static partial System.Text.RegularExpressions.Regex MemberWords();
}
