using System.Globalization;
using XbrlGen.Validation;

namespace XbrlGen.Comparison;

/// <summary>
/// Matches the facts of two filings by concept, entity, period, dimensions and unit (and language, for text), and says
/// which were added, removed or changed. Facts with the same key in one filing (duplicates) are paired in document order.
/// </summary>
public static class FactComparer
{
    public static IReadOnlyList<FactChange> Compare(IReadOnlyList<ComparedFact> old, IReadOnlyList<ComparedFact> @new)
    {
        var byKey = new Dictionary<string, Queue<ComparedFact>>(old.Count, StringComparer.Ordinal);
        foreach (var fact in old)
        {
            if (!byKey.TryGetValue(fact.Key, out var queue))
            {
                byKey[fact.Key] = queue = new Queue<ComparedFact>(1);
            }

            queue.Enqueue(fact);
        }

        var changes = new List<(string Order, int Rank, FactChange Change)>();
        foreach (var fact in @new)
        {
            if (byKey.TryGetValue(fact.Key, out var queue) && queue.TryDequeue(out var before))
            {
                if (Change(before, fact) is { } change)
                {
                    changes.Add((fact.Order, 2, change));
                }

                continue;
            }

            changes.Add((fact.Order, 0, Make(ChangeKind.Added, fact, null, Side(fact))));
        }

        foreach (var fact in byKey.Values.SelectMany(q => q))
        {
            changes.Add((fact.Order, 1, Make(ChangeKind.Removed, fact, Side(fact), null)));
        }

        return changes
            .OrderBy(c => c.Order, StringComparer.Ordinal)
            .ThenBy(c => c.Rank)
            .ThenBy(c => (c.Change.New ?? c.Change.Old)!.Span.File, StringComparer.Ordinal)
            .ThenBy(c => (c.Change.New ?? c.Change.Old)!.Span.Line)
            .ThenBy(c => (c.Change.New ?? c.Change.Old)!.Span.Column)
            .Select(c => c.Change).ToList();
    }

    /// <summary>The change from one fact to its match, or null when value and decimals are the same.</summary>
    public static FactChange? Change(ComparedFact old, ComparedFact @new)
    {
        var sameValue = old.Number is { } a && @new.Number is { } b ? a == b : string.Equals(old.Value, @new.Value, StringComparison.Ordinal);
        var sameDecimals = Nullable.Equals(old.Decimals, @new.Decimals);
        if (sameValue && sameDecimals)
        {
            return null;
        }

        var change = Make(ChangeKind.Changed, @new, Side(old), Side(@new));
        if (old.Number is { } x && @new.Number is { } y)
        {
            var coarser = Xbrl.Decimals.Min(old.Decimals ?? Xbrl.Decimals.Infinite, @new.Decimals ?? Xbrl.Decimals.Infinite);
            change = change with
            {
                Difference = y - x,
                WithinRounding = !sameValue && Calculations.Round(x, coarser) == Calculations.Round(y, coarser),
            };
        }

        return change;
    }

    private static FactSide Side(ComparedFact fact) =>
        new(fact.Value, fact.Decimals is { } d ? d.ToString() : null, fact.Span);

    private static FactChange Make(ChangeKind kind, ComparedFact fact, FactSide? old, FactSide? @new) =>
        new(kind, fact.Concept, fact.Entity, fact.Period, fact.Dimensions, fact.Unit, fact.Lang, old, @new);

    /// <summary>A difference as written in reports: invariant, no trailing zeros, a sign for increases.</summary>
    public static string Signed(decimal d) => (d > 0 ? "+" : string.Empty) + d.ToString("G29", CultureInfo.InvariantCulture);
}
