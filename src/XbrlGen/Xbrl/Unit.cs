using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// An XBRL unit: a product of measures, or a ratio of two products. The generator makes it from the mapping; a reader
/// makes it from an instance, with its place and its equality class.
/// </summary>
public sealed record Unit(string Id, IReadOnlyList<QName> Numerator, IReadOnlyList<QName> Denominator)
{
    /// <summary>Where a unit read from an instance is (null for a unit the generator made).</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>Units of an instance with the same class are u-equal.</summary>
    public int Class { get; init; }

    /// <summary>Whether the unit is that one measure alone.</summary>
    public bool IsSingle(System.Xml.Linq.XName measure) => Denominator.Count == 0 && Numerator.Count == 1 && Numerator[0].Expanded == measure;

    public const string Iso4217 = XbrlNamespaces.Iso4217;
    public const string Xbrli = XbrlNamespaces.Xbrli;

    public bool IsDivide => Denominator.Count > 0;

    public bool IsCurrency => !IsDivide && Numerator.Count == 1 && Numerator[0].Namespace == Iso4217;

    public bool IsShares => !IsDivide && Numerator.Count == 1 && Numerator[0].Namespace == Xbrli && Numerator[0].LocalName == "shares";

    public bool IsPure => !IsDivide && Numerator.Count == 1 && Numerator[0].Namespace == Xbrli && Numerator[0].LocalName == "pure";

    public bool IsCurrencyPerShare =>
        IsDivide && Numerator.Count == 1 && Numerator[0].Namespace == Iso4217 && Denominator.Count == 1 && Denominator[0].Namespace == Xbrli && Denominator[0].LocalName == "shares";

    /// <summary>A key equal for units that measure the same thing, whatever their ids.</summary>
    public string MeasureKey { get; } = KeyOf(Numerator.Select(m => (m.Namespace, m.LocalName)), Denominator.Select(m => (m.Namespace, m.LocalName)));

    /// <summary>
    /// u-equality (XBRL 2.1 4.10), written once for the generator's units and the validator's: a key equal for two
    /// units exactly when their numerators and denominators hold the same measures (expanded names, prefixes aside),
    /// in any order.
    /// </summary>
    public static string KeyOf(IEnumerable<(string Namespace, string LocalName)> numerator, IEnumerable<(string Namespace, string LocalName)> denominator) =>
        Product(numerator) + "/" + Product(denominator);

    private static string Product(IEnumerable<(string Namespace, string LocalName)> measures) =>
        string.Join('*', measures.Select(m => "{" + m.Namespace + "}" + m.LocalName).Order(StringComparer.Ordinal));

    public static Unit Currency(string code) => new(code, [new QName("iso4217", Iso4217, code)], []);

    /// <summary>Whether this unit fits a numeric item type (XBRL 2.1 section 4.8.2 and the Units Registry's perShare).</summary>
    public bool Fits(string itemType) => ItemTypes.Local(itemType) switch
    {
        var t when ItemTypes.IsMonetary(itemType) && t is not null => IsCurrency,
        "sharesItemType" => IsShares,
        "pureItemType" => IsPure,
        "perShareItemType" => IsCurrencyPerShare,
        _ => true,
    };
}
