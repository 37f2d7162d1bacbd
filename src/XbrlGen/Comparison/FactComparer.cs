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
    public static IReadOnlyList<FactChange> Compare(ComparedFiling old, ComparedFiling @new)
    {
        // Each filing's keys as numbers shared by both: equal numbers, equal keys; a key's hash is then of numbers.
        var oldKeys = Numbered(old, @new, out var newKeys);

        // The old facts of each key, chained in document order: the first unmatched one and the last, and each one's next.
        var chains = new Dictionary<NumberedKey, (int Head, int Tail)>(oldKeys.Length);
        var next = new int[oldKeys.Length];
        for (var i = 0; i < oldKeys.Length; i++)
        {
            next[i] = -1;
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(chains, oldKeys[i], out var exists);
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

        var matched = new bool[oldKeys.Length];
        var changes = new List<(string Order, int Rank, FactChange Change)>();
        for (var n = 0; n < newKeys.Length; n++)
        {
            ref var chain = ref CollectionsMarshal.GetValueRefOrNullRef(chains, newKeys[n]);
            if (!Unsafe.IsNullRef(ref chain) && chain.Head >= 0)
            {
                var o = chain.Head;
                matched[o] = true;
                chain.Head = next[o];
                if (!Same(old.Values(o), @new.Values(n)) && Change(old.Facts[o], @new.Facts[n]) is { } change)
                {
                    changes.Add((@new.Facts[n].Order, 2, change));
                }

                continue;
            }

            var fact = @new.Facts[n];
            changes.Add((fact.Order, 0, Make(ChangeKind.Added, fact, null, Side(fact))));
        }

        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (!matched[i])
            {
                var fact = old.Facts[i];
                changes.Add((fact.Order, 1, Make(ChangeKind.Removed, fact, Side(fact), null)));
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

    /// <summary>A fact's key as the numbers of its concept, context and unit, and its language.</summary>
    private readonly record struct NumberedKey(int Concept, int Context, int Unit, string? Lang);

    /// <summary>Both filings' keys numbered: each distinct concept name, context key and unit key of either filing has one number.</summary>
    private static NumberedKey[] Numbered(ComparedFiling old, ComparedFiling @new, out NumberedKey[] newKeys)
    {
        var concepts = new Dictionary<(string, string), int>();
        var contexts = new Dictionary<string, int>(StringComparer.Ordinal);
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        static int[] Numbers<T>(IReadOnlyList<T> items, Dictionary<T, int> numbers)
            where T : notnull
        {
            var result = new int[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, items[i], out var exists);
                if (!exists)
                {
                    number = numbers.Count - 1;
                }

                result[i] = number;
            }

            return result;
        }

        NumberedKey[] Keys(ComparedFiling filing)
        {
            var places = filing.Places;
            var concept = Numbers(places.Concepts, concepts);
            var context = Numbers(places.Contexts, contexts);
            var unit = Numbers(places.Units, units);
            var keys = filing.Keys;
            var result = new NumberedKey[keys.Length];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = new NumberedKey(concept[places.ConceptOf[i]], context[places.ContextOf[i]], unit[places.UnitOf[i]], keys[i].Lang);
            }

            return result;
        }

        var oldKeys = Keys(old);
        newKeys = Keys(@new);
        return oldKeys;
    }

    /// <summary>Whether two facts' values and decimals are the same, as <see cref="Change"/> judges them.</summary>
    private static bool Same((string? Value, decimal? Number, Xbrl.Decimals? Decimals) old, (string? Value, decimal? Number, Xbrl.Decimals? Decimals) @new) =>
        (old.Number is { } a && @new.Number is { } b ? a == b : string.Equals(old.Value, @new.Value, StringComparison.Ordinal)) && Nullable.Equals(old.Decimals, @new.Decimals);

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
