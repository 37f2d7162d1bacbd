namespace XbrlGen.Xbrl;

/// <summary>
/// One fact as xBRL-JSON sees it: id, concept, entity, period (already in OIM form), explicit dimensions, unit measures,
/// decimals (none for text, and for INF) and value (null for nil).
/// </summary>
public sealed record OimFact(
    string Id,
    QName Concept,
    string Scheme,
    string Identifier,
    string Period,
    IReadOnlyList<(QName Dimension, QName Member)> Dimensions,
    IReadOnlyList<QName> Numerator,
    IReadOnlyList<QName> Denominator,
    int? Decimals,
    string? Value);
