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
public static class XbrlRoles
{
    public const string Label = "http://www.xbrl.org/2003/role/label";
    public const string TerseLabel = "http://www.xbrl.org/2003/role/terseLabel";
    public const string TotalLabel = "http://www.xbrl.org/2003/role/totalLabel";
    public const string PeriodStartLabel = "http://www.xbrl.org/2003/role/periodStartLabel";
    public const string PeriodEndLabel = "http://www.xbrl.org/2003/role/periodEndLabel";
    public const string NegatedLabel = "http://www.xbrl.org/2009/role/negatedLabel";
    public const string NegatedTotalLabel = "http://www.xbrl.org/2009/role/negatedTotalLabel";
    public const string NegatedPeriodStartLabel = "http://www.xbrl.org/2009/role/negatedPeriodStartLabel";
    public const string NegatedPeriodEndLabel = "http://www.xbrl.org/2009/role/negatedPeriodEndLabel";
}
