namespace XbrlGen.Xbrl;

/// <summary>The well-known namespaces of XBRL 2.1, XBRL Dimensions and the W3C schemas they stand on, in one place.</summary>
public static class XbrlNamespaces
{
    public const string Xbrli = "http://www.xbrl.org/2003/instance";
    public const string Link = "http://www.xbrl.org/2003/linkbase";
    public const string Iso4217 = "http://www.xbrl.org/2003/iso4217";
    public const string Xbrldt = "http://xbrl.org/2005/xbrldt";
    public const string Xbrldi = "http://xbrl.org/2006/xbrldi";

    /// <summary>The SEC's entity identifier scheme: its identifiers are CIKs, and only its filers have a dei:EntityCentralIndexKey.</summary>
    public const string CikScheme = "http://www.sec.gov/CIK";
    public const string XLink = "http://www.w3.org/1999/xlink";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
}

/// <summary>The standard label roles (XBRL 2.1 and the 2009 negated roles of the Link Role Registry) XbrlGen writes.</summary>
public enum LabelRole
{
    Label,
    Terse,
    Total,
    PeriodStart,
    PeriodEnd,
    Negated,
    NegatedTotal,
    NegatedPeriodStart,
    NegatedPeriodEnd,
}

/// <summary>The one mapping of a <see cref="LabelRole"/> to its role URI, and what follows from it.</summary>
public static class LabelRoles
{
    /// <summary>The prefix of the Link Role Registry's 2009 roles: a linkbase declares each it uses with a roleRef.</summary>
    public const string RegistryPrefix = "http://www.xbrl.org/2009/role/";

    /// <summary>The role's URI, as linkbases write it.</summary>
    public static string Uri(this LabelRole role) => role switch
    {
        LabelRole.Label => "http://www.xbrl.org/2003/role/label",
        LabelRole.Terse => "http://www.xbrl.org/2003/role/terseLabel",
        LabelRole.Total => "http://www.xbrl.org/2003/role/totalLabel",
        LabelRole.PeriodStart => "http://www.xbrl.org/2003/role/periodStartLabel",
        LabelRole.PeriodEnd => "http://www.xbrl.org/2003/role/periodEndLabel",
        LabelRole.Negated => RegistryPrefix + "negatedLabel",
        LabelRole.NegatedTotal => RegistryPrefix + "negatedTotalLabel",
        LabelRole.NegatedPeriodStart => RegistryPrefix + "negatedPeriodStartLabel",
        LabelRole.NegatedPeriodEnd => RegistryPrefix + "negatedPeriodEndLabel",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The last segment of the role's URI (<c>terseLabel</c>): what label ids and the registry's schema anchors use.</summary>
    public static string LocalName(this LabelRole role) => role.Uri()[(role.Uri().LastIndexOf('/') + 1)..];

    /// <summary>Whether the role is one of the Link Role Registry's, which a linkbase must declare with a roleRef.</summary>
    public static bool InRegistry(this LabelRole role) => role.Uri().StartsWith(RegistryPrefix, StringComparison.Ordinal);
}
