using System.Globalization;
using System.Xml;

namespace XbrlGen.Xbrl;

/// <summary>
/// The lexical spaces of the few XML Schema types every XBRL fact uses (NCName for ID and IDREF, integer, decimal), checked
/// without a schema validator: an instance's hot loop asks these first and leaves anything they do not accept to
/// System.Xml.Schema, whose verdict and message stand.
/// </summary>
public static class XsdLexical
{
    /// <summary>An NCName, exactly (no surrounding whitespace).</summary>
    public static bool IsNcName(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !XmlConvert.IsStartNCNameChar(s[0]))
        {
            return false;
        }

        foreach (var c in s[1..])
        {
            if (!XmlConvert.IsNCNameChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An xsd:integer without surrounding whitespace: an optional sign and digits (no sign when <paramref name="nonNegative"/>, but +).</summary>
    public static bool IsInteger(ReadOnlySpan<char> s, bool nonNegative = false)
    {
        if (!s.IsEmpty && (s[0] == '+' || (s[0] == '-' && !nonNegative)))
        {
            s = s[1..];
        }

        return !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// An xsd:decimal (optional sign, digits with at most one point, at least one digit; XML whitespace around it), read
    /// exactly as XML Schema reads it into a decimal; false for anything else, and for a value a decimal cannot hold.
    /// </summary>
    public static bool TryParseDecimal(string text, out decimal value)
    {
        value = 0m;
        var s = text.AsSpan().Trim(" \t\r\n");
        var body = !s.IsEmpty && (s[0] == '+' || s[0] == '-') ? s[1..] : s;
        var point = body.IndexOf('.');
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? [] : body[(point + 1)..];
        if (whole.Length + fraction.Length == 0 || whole.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
