using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Mapping;

/// <summary>
/// A printed figure (a row's figure in one column), the scale it was read at (0 for a figure printed in full, as shares
/// are) and the fact it became; <see cref="IsFiledCopy"/> when its value is the one filed.
/// </summary>
public sealed record FigureLink(ReleaseRow Row, int Column, int Scale, Fact Fact, bool IsFiledCopy);

/// <summary>A release row matched to a mapping line and its line item (concept and explicit members).</summary>
public sealed record RowLink(ReleaseTable Table, ReleaseRow Row, LineMap Line, LineItem Item)
{
    public Concept Concept => Item.Concept;
}

/// <summary>
/// What the mapping did with the release, made once when copies are merged: every printed figure's fact (table figures
/// in <see cref="Figures"/>, running text in <see cref="Prose"/>, each in printed order), every row's line, and the
/// concepts known. The review reads it, and the filing's <see cref="PrintedLayout"/> is laid out from it.
/// </summary>
public sealed record MappingTrace(IReadOnlyList<FigureLink> Figures, IReadOnlyList<PrintedProse> Prose, IReadOnlyList<RowLink> Rows, IReadOnlyDictionary<string, Concept> Concepts)
{
    private Dictionary<(ReleaseRow, int), FigureLink>? _byFigure;
    private ILookup<Fact, FigureLink>? _byFact;
    private Dictionary<ReleaseRow, RowLink>? _byRow;

    // A row two mapping tables both claim keeps its first link. Rows and facts are looked up by identity (each is one
    // object of the release or the filing): hashing their records by value walks every field, for every printed figure.

    /// <summary>The fact a printed figure became, or null (a dash, a % column, an unmapped row).</summary>
    public FigureLink? FigureAt(ReleaseRow row, int column) =>
        (_byFigure ??= Figures.GroupBy(f => (f.Row, f.Column), ByIdentity.Figure).ToDictionary(g => g.Key, g => g.First(), ByIdentity.Figure)).GetValueOrDefault((row, column));

    /// <summary>Every printed copy of a fact, in printed order.</summary>
    public IEnumerable<FigureLink> CopiesOf(Fact fact) => (_byFact ??= Figures.ToLookup(f => f.Fact, ByIdentity.Fact))[fact];

    /// <summary>The mapping line a row was matched to, or null.</summary>
    public RowLink? RowOf(ReleaseRow row) =>
        (_byRow ??= Rows.GroupBy(r => r.Row, ByIdentity.Row).ToDictionary(g => g.Key, g => g.First(), ByIdentity.Row)).GetValueOrDefault(row);

    private sealed class ByIdentity : IEqualityComparer<(ReleaseRow Row, int Column)>
    {
        public static readonly ByIdentity Figure = new();
        public static readonly IEqualityComparer<Fact> Fact = ReferenceEqualityComparer.Instance;
        public static readonly IEqualityComparer<ReleaseRow> Row = ReferenceEqualityComparer.Instance;

        public bool Equals((ReleaseRow Row, int Column) x, (ReleaseRow Row, int Column) y) => ReferenceEquals(x.Row, y.Row) && x.Column == y.Column;

        public int GetHashCode((ReleaseRow Row, int Column) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Row), obj.Column);
    }
}
