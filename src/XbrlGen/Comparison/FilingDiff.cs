using XbrlGen.Diagnostics;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Comparison;

/// <summary>What happened to a fact or a piece of the taxonomy between the old filing and the new.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>The part of the taxonomy a change is in.</summary>
public enum TaxonomyPart
{
    Concept,
    Label,
    Presentation,
    Calculation,
}

/// <summary>One side of a fact change: the value (null for nil), the decimals as written (null: none) and where the fact is.</summary>
public sealed record FactSide(string? Value, string? Decimals, SourceSpan Span);

/// <summary>
/// A fact added, removed or changed. For a changed number, <see cref="Difference"/> is new minus old, and
/// <see cref="WithinRounding"/> says the two agree once rounded to the coarser of their decimals.
/// </summary>
public sealed record FactChange(ChangeKind Kind, string Concept, string Entity, string Period, string Dimensions, string Unit, string? Lang, FactSide? Old, FactSide? New)
{
    public decimal? Difference { get; init; }

    public bool WithinRounding { get; init; }
}

/// <summary>A concept, label, presentation or calculation relationship added, removed or changed: what it is, and its old and new description.</summary>
public sealed record TaxonomyChange(TaxonomyPart Part, ChangeKind Kind, string Subject, string? Old, string? New);

/// <summary>The differences between two filings, facts and taxonomy, each list in a fixed order.</summary>
public sealed record FilingDiff(string OldName, string NewName, IReadOnlyList<FactChange> Facts, IReadOnlyList<TaxonomyChange> Taxonomy)
{
    public bool Equal => Facts.Count == 0 && Taxonomy.Count == 0;

    public int Count(ChangeKind kind) => Facts.Count(f => f.Kind == kind);
}
