using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>
/// The pieces every registry's transformations share: trimming, digits of other scripts, two-digit years, and the
/// output lexical forms (xs:date, xs:gMonthDay, xs:gYearMonth, decimals), each checked before it is returned.
/// </summary>
internal static partial class Lexical
{
    /// <summary>XML whitespace (space, tab, CR, LF) removed at either end; a no-break space is text, not whitespace.</summary>
    public static string TrimXml(string s) => s.Trim(' ', '\t', '\n', '\r');

    /// <summary>Full-width (U+FF10..) and Devanagari (U+0966..) digits as ASCII digits.</summary>
    public static string AsciiDigits(string s)
    {
        if (!s.Any(c => c is >= '\uFF10' and <= '\uFF19' or >= '\u0966' and <= '\u096F'))
        {
            return s;
        }

        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            b.Append(c switch
            {
                >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
                >= '\u0966' and <= '\u096F' => (char)('0' + (c - '\u0966')),
                _ => c,
            });
        }

        return b.ToString();
    }

    /// <summary>A year as written: one or two digits are years of this century (as the registries specify), four as they are.</summary>
    public static int? Year(string digits) => digits.Length switch
    {
        1 or 2 => 2000 + int.Parse(digits, CultureInfo.InvariantCulture),
        4 => int.Parse(digits, CultureInfo.InvariantCulture),
        _ => null,
    };

    public static int Int(string digits) => int.Parse(AsciiDigits(digits), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>An xs:date, or null when the day is not in the month.</summary>
    public static string? Date(int? year, int month, int day)
    {
        if (year is not { } y || y < 1 || y > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{month:00}-{day:00}");
    }

    /// <summary>An xs:gMonthDay; February the 29th is a month-day.</summary>
    public static string? MonthDay(int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}");
    }

    /// <summary>An xs:gYearMonth.</summary>
    public static string? YearMonth(int? year, int month)
    {
        if (year is not { } y || y < 1 || y > 9999 || month is < 1 or > 12)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{month:00}");
    }

    /// <summary>
    /// A number in digits with a dot for decimals, in canonical form: no leading zeros (but one before the point), no
    /// trailing zeros after it, no point when no decimals are left; null when it is not one.
    /// </summary>
    public static string? Canonical(string number)
    {
        if (!DecimalDigits().IsMatch(number))
        {
            return null;
        }

        var point = number.IndexOf('.', StringComparison.Ordinal);
        var whole = (point < 0 ? number : number[..point]).TrimStart('0');
        var fraction = point < 0 ? string.Empty : number[(point + 1)..].TrimEnd('0');
        return (whole.Length == 0 ? "0" : whole) + (fraction.Length == 0 ? string.Empty : "." + fraction);
    }

    /// <summary>The text without any of the given characters.</summary>
    public static string Without(string s, string characters)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!characters.Contains(c, StringComparison.Ordinal))
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>A one-digit number as two digits.</summary>
    public static string Pad2(string digits) => digits.Length == 1 ? "0" + digits : digits;

    [GeneratedRegex(@"^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")]
    private static partial Regex DecimalDigits();
}
