using XbrlGen.Validation.Taxonomies;
namespace XbrlGen.Validation.Instances;

/// <summary>
/// An instance's items in one sorted array, so that duplicates (4.10: same concept, c-equal context, u-equal unit, same
/// parent and language) stand next to each other and every group is a slice of the array, not a list of its own. For
/// 150,000 facts this is one array and one small map, instead of 150,000 lists.
/// </summary>
internal sealed class FactIndex
{
    private readonly FactInfo[] _facts;

    // Each fact's context and unit equality class, beside it in the same order.
    private readonly int[] _context;
    private readonly int[] _unit;
    private readonly Dictionary<XbrlConcept, (int Start, int Count)> _byConcept = [];

    private FactIndex(FactInfo[] facts, int[] context, int[] unit) => (_facts, _context, _unit) = (facts, context, unit);

    /// <summary>Indexes the items whose context exists.</summary>
    public static FactIndex Build(InstanceModel model)
    {
        var ids = new Dictionary<XbrlConcept, int>();
        var entries = new List<Entry>(model.Facts.Count);
        foreach (var f in model.Facts)
        {
            if (!f.Concept.IsItem || model.ContextOf(f) is not { } context)
            {
                continue;
            }

            if (!ids.TryGetValue(f.Concept, out var id))
            {
                ids[f.Concept] = id = ids.Count;
            }

            entries.Add(new Entry(id, context.Class, model.UnitClassOf(f), f.Parent, f.Lang?.ToLowerInvariant(), f.Index));
        }

        // Sorted in place: the entries are the largest transient structure of the rules at 150,000 facts.
        var sorted = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries);
        sorted.Sort();
        var facts = new FactInfo[sorted.Length];
        var contexts = new int[sorted.Length];
        var units = new int[sorted.Length];
        for (var k = 0; k < sorted.Length; k++)
        {
            facts[k] = model.Facts[sorted[k].Index];
            contexts[k] = sorted[k].Context;
            units[k] = sorted[k].Unit;
        }

        var index = new FactIndex(facts, contexts, units);
        for (var i = 0; i < index._facts.Length;)
        {
            var j = i;
            while (j < index._facts.Length && sorted[j].Concept == sorted[i].Concept)
            {
                j++;
            }

            index._byConcept[index._facts[i].Concept] = (i, j - i);
            i = j;
        }

        return index;
    }

    /// <summary>Every duplicate group: facts of one concept, context, unit, parent and language (most are single facts).</summary>
    public IEnumerable<ArraySegment<FactInfo>> Groups() => Split(0, _facts.Length, byParent: true);

    /// <summary>A concept's facts, by context and unit: each slice holds every parent's and language's copies.</summary>
    public IEnumerable<ArraySegment<FactInfo>> ContextsOf(XbrlConcept concept) =>
        _byConcept.TryGetValue(concept, out var range) ? Split(range.Start, range.Count, byParent: false) : [];

    /// <summary>The duplicate groups (by parent and language) within a slice from <see cref="ContextsOf"/>.</summary>
    public IEnumerable<ArraySegment<FactInfo>> GroupsIn(ArraySegment<FactInfo> slice) => Split(slice.Offset, slice.Count, byParent: true);

    /// <summary>The slice of a concept's facts in one context and unit class, if any.</summary>
    public ArraySegment<FactInfo> Find(XbrlConcept concept, int context, int unit)
    {
        if (!_byConcept.TryGetValue(concept, out var range))
        {
            return ArraySegment<FactInfo>.Empty;
        }

        // Within a concept, facts are ordered by context class, then unit class: binary search the first of the pair.
        int lo = range.Start, hi = range.Start + range.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if ((_context[mid], _unit[mid]).CompareTo((context, unit)) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < range.Start + range.Count && _context[end] == context && _unit[end] == unit)
        {
            end++;
        }

        return new ArraySegment<FactInfo>(_facts, lo, end - lo);
    }

    private IEnumerable<ArraySegment<FactInfo>> Split(int start, int count, bool byParent)
    {
        var end = start + count;
        for (var i = start; i < end;)
        {
            var j = i + 1;
            while (j < end && Same(i, j, byParent))
            {
                j++;
            }

            yield return new ArraySegment<FactInfo>(_facts, i, j - i);
            i = j;
        }
    }

    private bool Same(int i, int j, bool byParent) => Same(_facts[i], _facts[j], _context[i] == _context[j] && _unit[i] == _unit[j], byParent);

    private static bool Same(FactInfo a, FactInfo b, bool sameContextAndUnit, bool byParent) =>
        ReferenceEquals(a.Concept, b.Concept) && sameContextAndUnit
        && (!byParent || (a.Parent == b.Parent && string.Equals(a.Lang, b.Lang, StringComparison.OrdinalIgnoreCase)));

    private readonly record struct Entry(int Concept, int Context, int Unit, int Parent, string? Lang, int Index) : IComparable<Entry>
    {
        public int CompareTo(Entry other)
        {
            var c = Concept.CompareTo(other.Concept);
            if (c == 0)
            {
                c = Context.CompareTo(other.Context);
            }

            if (c == 0)
            {
                c = Unit.CompareTo(other.Unit);
            }

            if (c == 0)
            {
                c = Parent.CompareTo(other.Parent);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(Lang, other.Lang);
            }

            return c == 0 ? Index.CompareTo(other.Index) : c;
        }
    }
}
