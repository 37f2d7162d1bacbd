using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation.Instances;

/// <summary>Date handling XML Schema 1.0 allows and the .NET validator does not.</summary>
internal static class XsdDates
{
    /// <summary>
    /// XML Schema 1.0 allows <c>24:00:00</c> as the end of a day in dateTime values; the .NET validator does not. A
    /// validator's complaint about such a value (quoted in its message) is not an error.
    /// </summary>
    public static bool MidnightAs24(string message)
    {
        var i = message.IndexOf("T24:00:00", StringComparison.Ordinal);
        if (i < 0)
        {
            return false;
        }

        var start = message.LastIndexOf('\'', i);
        var end = message.IndexOf('\'', i);
        return start >= 0 && end >= 0 && IsMidnight24(message[(start + 1)..end]);
    }

    /// <summary>A date followed by <c>T24:00:00</c>.</summary>
    public static bool IsMidnight24(string value)
    {
        var v = value.Trim();
        return v.EndsWith("T24:00:00", StringComparison.Ordinal)
            && DateOnly.TryParseExact(v[..^9], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
    }
}
