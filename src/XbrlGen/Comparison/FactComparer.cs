using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        // The old facts of each key, chained in document order: the first unmatched one and the last, and each one's next.
        var chains = new Dictionary<FactKey, (int Head, int Tail)>(old.Count);
        var next = new int[old.Count];
        for (var i = 0; i < old.Count; i++)
        {
            next[i] = -1;
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(chains, old[i].Key, out var exists);
            if (exists)
            {
                next[chain.Tail] = i;
                chain.Tail = i;
            }
            else
            {
                chain = (i, i);
            }
        }

        var matched = new bool[old.Count];
        var changes = new List<(string Order, int Rank, FactChange Change)>();
        foreach (var fact in @new)
        {
            ref var chain = ref CollectionsMarshal.GetValueRefOrNullRef(chains, fact.Key);
            if (!Unsafe.IsNullRef(ref chain) && chain.Head >= 0)
            {
                var before = old[chain.Head];
                matched[chain.Head] = true;
                chain.Head = next[chain.Head];
                if (Change(before, fact) is { } change)
                {
                    changes.Add((fact.Order, 2, change));
                }

                continue;
            }

            changes.Add((fact.Order, 0, Make(ChangeKind.Added, fact, null, Side(fact))));
        }

        for (var i = 0; i < old.Count; i++)
        {
            if (!matched[i])
            {
                changes.Add((old[i].Order, 1, Make(ChangeKind.Removed, old[i], Side(old[i]), null)));
            }
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
