using System.Globalization;
using System.Text.RegularExpressions;

namespace XbrlGen.Reading;

/// <summary>
/// A figure as printed: its value at the printed scale, how many decimal places were printed,
/// and whether it carried a % sign. A dash (<c>-</c>) is printed "nothing": <see cref="IsDash"/>.
/// </summary>
public sealed partial record PrintedNumber(string Text, decimal Value, int DecimalPlaces, bool IsPercent, bool IsDash)
{
    /// <summary>True if the token is made only of characters that figures are printed with.</summary>
    public static bool LooksNumeric(string token)
    {
        if (token == "-" || token == "－" || token == "—")
        {
            return true;
        }

        if (token.EndsWith('.'))
        {
            return false;
        }

        var hasDigit = false;
        foreach (var c in token)
        {
            if (c is >= '0' and <= '9')
            {
                hasDigit = true;
            }
            else if (c is not (',' or '.' or '(' or ')' or '%' or '-' or '△' or '▲'))
            {
                return false;
            }
        }

        return hasDigit;
    }

    /// <summary>Parses one printed figure: <c>3,321,229</c>, <c>(1,059,574)</c>, <c>-5.7%</c>, <c>(0.6%)</c>, <c>-</c>.</summary>
    public static PrintedNumber? TryParse(string token)
    {
        if (token is "-" or "－" or "—")
        {
            return new PrintedNumber(token, 0m, 0, false, true);
        }

        var m = Figure().Match(token);
        if (!m.Success)
        {
            return null;
        }

        var paren = m.Groups["open"].Success;
        if (paren != m.Groups["close"].Success)
        {
            return null;
        }

        var digits = m.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        var fraction = m.Groups["frac"].Success ? m.Groups["frac"].Value : string.Empty;
        var value = decimal.Parse(fraction.Length == 0 ? digits : digits + "." + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var negative = paren || m.Groups["minus"].Success;
        return new PrintedNumber(token, negative ? -value : value, fraction.Length, m.Groups["pct"].Success, false);
    }

    public override string ToString() => Text;

    // Integer part: plain digits, or digits grouped by commas in threes.
    [GeneratedRegex(@"^(?<open>\()?(?<minus>[-△▲])?(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?(?<pct>%)?(?<close>\))?$")]
    private static partial Regex Figure();
}
