using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// One fact of an instance, kept as a compact record rather than a DOM node: concept, parent tuple, references,
/// precision and the lexical value. Large instances are validated in one streaming pass that keeps only these.
/// </summary>
public sealed record FactInfo(
    int Index,
    XbrlConcept Concept,
    int Parent,
    string? Id,
    string? ContextRef,
    string? UnitRef,
    string? Decimals,
    string? Precision,
    bool Nil,
    string Value,
    string? Lang,
    string File,
    int Line,
    int Column)
{
    /// <summary>Where the fact is (made on demand: 150,000 facts need no 150,000 span objects).</summary>
    public SourceSpan Span => new(File, Line, Column);

    /// <summary>The numeric value, when the fact is numeric, not nil, and fits a decimal.</summary>
    public decimal? Number { get; init; }

    /// <summary>
    /// A numeric item's decimals, stated or inferred from precision (4.6.6); null for a non-numeric fact. A fact with
    /// neither, or with a lexical form XML Schema has already refused, counts as exact (INF).
    /// </summary>
    public Xbrl.Decimals? InferredDecimals { get; init; }

    /// <summary>The decimals a numeric item's attributes state or imply, as <see cref="InferredDecimals"/> says.</summary>
    public static Xbrl.Decimals Infer(string? decimals, string? precision, decimal? number) =>
        (decimals is not null ? Xbrl.Decimals.Parse(decimals)
            : precision is not null && number is { } n ? Xbrl.Decimals.FromPrecision(precision, n)
            : null) ?? Xbrl.Decimals.Infinite;

    public bool PrecisionZero => Precision?.Trim() == "0";
}
