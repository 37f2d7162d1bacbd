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
}
