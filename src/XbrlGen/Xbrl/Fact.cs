using System.Globalization;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// One fact of the filing. Numeric facts have a value, unit and decimals; text facts have text and no decimals (null).
/// <see cref="Sources"/> are the release lines it was printed on (all copies), first the one whose figure is used.
/// </summary>
public sealed record Fact(Concept Concept, Context Context, Unit? Unit, decimal? Value, Decimals? Decimals, string? Text, IReadOnlyList<SourceSpan> Sources)
{
    public string Key => Concept.Name.Prefixed + "|" + Context.Id + "|" + (Unit?.Id ?? string.Empty);

    /// <summary>The value as written in the instance: invariant culture, as many decimal places as were printed.</summary>
    public string Lexical => Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : Text ?? string.Empty;
}
