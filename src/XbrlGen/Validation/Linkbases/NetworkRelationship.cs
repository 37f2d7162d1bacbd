using System.Globalization;
using System.Xml.Linq;

namespace XbrlGen.Validation.Linkbases;

/// <summary>One arc of an extended link, resolved: the relationship from one endpoint to another it expresses.</summary>
public sealed record NetworkRelationship(
    XElement Arc,
    XElement Link,
    string LinkRole,
    string Arcrole,
    XElement From,
    XElement To,
    decimal Order,
    int Priority,
    bool Prohibited,
    string File)
{
    /// <summary>The base set the relationship belongs to: arc element, link element, link role and arcrole.</summary>
    public BaseSetKey BaseSet => new(Arc.Name, Link.Name, LinkRole, Arcrole);

    public decimal Weight => decimal.TryParse((string?)Arc.Attribute("weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : 0m;
}

/// <summary>What identifies a base set of relationships (XBRL 2.1 section 3.5.3.9.7.3): arc element, link element, link role and arcrole.</summary>
public readonly record struct BaseSetKey(XName Arc, XName Link, string LinkRole, string Arcrole);
