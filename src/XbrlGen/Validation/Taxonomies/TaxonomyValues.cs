using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace XbrlGen.Validation.Taxonomies;

/// <summary>Typed values as XBRL compares them: x-equality of simple values, and QNames in element content.</summary>
public sealed partial class Taxonomy
{
    private static int _nan;

    /// <summary>
    /// A canonical form of a typed value, equal exactly when the values are equal in their value space (x-equality):
    /// numbers by value, booleans by truth; NaN equals nothing, not even itself.
    /// </summary>
    public static string Canonical(string text, XmlSchemaDatatype? type)
    {
        var t = text.Trim();
        switch (type?.TypeCode)
        {
            case XmlTypeCode.Float or XmlTypeCode.Double:
                if (double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var dbl) && !double.IsNaN(dbl))
                {
                    return dbl == 0 ? "0" : dbl.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                }

                return t is "INF" or "-INF" ? t : "NaN#" + Interlocked.Increment(ref _nan).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case XmlTypeCode.Boolean:
                return t is "1" or "true" ? "true" : "false";
            case XmlTypeCode.Decimal or XmlTypeCode.Integer or XmlTypeCode.Int or XmlTypeCode.Long or XmlTypeCode.Short or XmlTypeCode.Byte
                or XmlTypeCode.NonNegativeInteger or XmlTypeCode.PositiveInteger or XmlTypeCode.NonPositiveInteger or XmlTypeCode.NegativeInteger
                or XmlTypeCode.UnsignedInt or XmlTypeCode.UnsignedLong or XmlTypeCode.UnsignedShort or XmlTypeCode.UnsignedByte:
                return decimal.TryParse(t, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d)
                    ? d.ToString("G29", System.Globalization.CultureInfo.InvariantCulture) : t;
            default:
                return type is null ? text : t;
        }
    }

    /// <summary>A QName in element content, resolved with the in-scope namespaces of the element.</summary>
    public static XName? ResolveQName(XElement scope, string text) =>
        ResolveQName(text, prefix => prefix.Length == 0 ? scope.GetDefaultNamespace().NamespaceName : scope.GetNamespaceOfPrefix(prefix)?.NamespaceName);

    /// <summary>A QName resolved with <paramref name="namespaceOf"/> (a prefix's namespace, "" for none; null for an undeclared prefix): on a tree or where a reader stands.</summary>
    public static XName? ResolveQName(string text, Func<string, string?> namespaceOf)
    {
        var i = text.IndexOf(':', StringComparison.Ordinal);
        var prefix = i < 0 ? string.Empty : text[..i];
        var local = i < 0 ? text : text[(i + 1)..];
        if (local.Length == 0 || !XmlReaderNames.IsNcName(local) || (i >= 0 && !XmlReaderNames.IsNcName(prefix)))
        {
            return null;
        }

        return namespaceOf(prefix) is { } ns ? XNamespace.Get(ns) + local : null;
    }
}

/// <summary>XML name checks without allocating a reader.</summary>
internal static class XmlReaderNames
{
    public static bool IsNcName(string s)
    {
        try
        {
            XmlConvert.VerifyNCName(s);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
