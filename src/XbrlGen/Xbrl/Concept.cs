namespace XbrlGen.Xbrl;

public enum PeriodType
{
    Instant,
    Duration,
}

public enum Balance
{
    None,
    Debit,
    Credit,
}

/// <summary>The XML spelling of <see cref="PeriodType"/> and <see cref="Balance"/> (the xbrli:periodType and xbrli:balance attribute values).</summary>
public static class ConceptAttributes
{
    /// <summary>"instant" or "duration"; null for anything else (absent, or not a value of the attribute's type).</summary>
    public static PeriodType? ParsePeriodType(string? text) => text switch
    {
        "instant" => PeriodType.Instant,
        "duration" => PeriodType.Duration,
        _ => null,
    };

    /// <summary>"debit" or "credit"; <see cref="Balance.None"/> for anything else.</summary>
    public static Balance ParseBalance(string? text) => text switch
    {
        "debit" => Balance.Debit,
        "credit" => Balance.Credit,
        _ => Balance.None,
    };

    public static string ToXml(this PeriodType periodType) => periodType == PeriodType.Instant ? "instant" : "duration";

    public static string? ToXml(this Balance balance) => balance switch
    {
        Balance.Debit => "debit",
        Balance.Credit => "credit",
        _ => null,
    };
}

/// <summary>
/// A concept of the base taxonomy or of the company extension: name, item type (prefixed, e.g.
/// <c>xbrli:monetaryItemType</c>), period type, balance, and whether it is an abstract heading.
/// </summary>
public sealed record Concept(QName Name, string ItemType, PeriodType PeriodType, Balance Balance, bool IsAbstract, bool IsExtension)
{
    /// <summary>The XML id the schema gives the element: <c>prefix_LocalName</c>.</summary>
    public string Id => Name.Prefix + "_" + Name.LocalName;

    public bool IsNumeric => ItemTypes.IsNumeric(ItemType);

    public override string ToString() => Name.Prefixed;
}

/// <summary>What XbrlGen knows about item types: which are numeric and which unit measures fit them.</summary>
public static class ItemTypes
{
    private static readonly HashSet<string> NonNumeric =
    [
        "stringItemType", "normalizedStringItemType", "tokenItemType", "dateItemType", "dateTimeItemType", "gYearItemType",
        "gMonthDayItemType", "gYearMonthItemType", "gMonthItemType", "gDayItemType", "booleanItemType", "anyURIItemType",
        "QNameItemType", "timeItemType", "durationItemType", "languageItemType", "NameItemType", "NCNameItemType",
        "base64BinaryItemType", "hexBinaryItemType", "domainItemType", "textBlockItemType", "noLangTokenItemType", "noLangStringItemType",
    ];

    public static string Local(string itemType)
    {
        var i = itemType.IndexOf(':', StringComparison.Ordinal);
        return i < 0 ? itemType : itemType[(i + 1)..];
    }

    public static bool IsNumeric(string itemType) => !NonNumeric.Contains(Local(itemType));

    public static bool IsMonetary(string itemType) => Local(itemType) is "monetaryItemType" or "noDecimalsMonetaryItemType" or "nonNegativeMonetaryItemType" or "nonNegativeNoDecimalsMonetaryItemType";
}
