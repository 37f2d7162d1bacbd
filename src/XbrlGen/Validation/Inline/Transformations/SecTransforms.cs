using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>
/// The SEC's transformation registry (http://www.sec.gov/inlineXBRL/transformation/2015-08-31): durations from a
/// number of years, months, weeks, days or hours (the fraction spilling into the next smaller part, a month being
/// 30.4375 days), quarter ends, INF and NaN, English number words and durations in words, ballot boxes, and names of
/// countries, states, exchanges and filer categories as codes.
/// </summary>
internal static partial class SecTransforms
{
    private const decimal DaysPerMonth = 30.4375m;

    public static FrozenDictionary<string, Transform> All() => new Dictionary<string, Transform>(StringComparer.Ordinal)
    {
        ["duryear"] = s => Number(s) is { } n ? Duration(n.Negative, years: Whole(n.Value), months: Whole(Fraction(n.Value) * 12), days: Whole(Fraction(Fraction(n.Value) * 12) * DaysPerMonth)) : null,
        ["durmonth"] = s => Number(s) is { } n ? Duration(n.Negative, months: Whole(n.Value), days: Whole(Fraction(n.Value) * DaysPerMonth)) : null,
        ["durweek"] = s => Number(s) is { } n ? Duration(n.Negative, days: Whole(n.Value * 7)) : null,
        ["durday"] = s => Number(s) is { } n ? Duration(n.Negative, days: Whole(n.Value), hours: Whole(Fraction(n.Value) * 24)) : null,
        ["durhour"] = s => Number(s) is { } n ? Duration(n.Negative, hours: Whole(n.Value)) : null,
        ["datequarterend"] = QuarterEnd,
        ["numinf"] = _ => "INF",
        ["numneginf"] = _ => "-INF",
        ["numnan"] = _ => "NaN",
        ["numwordsen"] = s => NumberWords.Parse(s, NumberWords.Largest) is { } n ? n.ToString(CultureInfo.InvariantCulture) : null,
        ["durwordsen"] = DurationWords,
        ["boolballotbox"] = s => s.Length == 1 && s[0] is >= '\u2610' and <= '\u2612' ? (s[0] == '\u2610' ? "false" : "true") : null,
        ["yesnoballotbox"] = s => s.Length == 1 && s[0] is >= '\u2610' and <= '\u2612' ? (s[0] == '\u2610' ? "No" : "Yes") : null,
        ["countrynameen"] = Lookup(SecNames.Countries),
        ["stateprovnameen"] = Lookup(SecNames.StatesAndProvinces),
        ["edgarprovcountryen"] = Lookup(SecNames.EdgarStatesAndCountries),
        ["exchnameen"] = Lookup(SecNames.Exchanges),
        ["entityfilercategoryen"] = Lookup(SecNames.FilerCategories),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static decimal Whole(decimal d) => decimal.Truncate(d);

    private static decimal Fraction(decimal d) => d - decimal.Truncate(d);

    /// <summary>A decimal number, its sign apart; null when the text is not one.</summary>
    private static (decimal Value, bool Negative)? Number(string s)
    {
        if (!SignedDecimal().IsMatch(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return (Math.Abs(value), value < 0);
    }

    /// <summary>
    /// An xs:duration from its parts (null: the transformation has no such part): zero parts after the first are left
    /// out, and a duration of zero is the first part's zero, unsigned.
    /// </summary>
    internal static string Duration(bool negative, decimal? years = null, decimal? months = null, decimal? days = null, decimal? hours = null)
    {
        var parts = new (decimal? Value, string Designator)[] { (years, "Y"), (months, "M"), (days, "D"), (hours, "H") };
        var present = parts.Where(p => p.Value is not null).ToList();
        var b = new StringBuilder();
        if (present.All(p => p.Value == 0))
        {
            var first = present[0];
            return "P" + (first.Designator == "H" ? "T" : string.Empty) + "0" + first.Designator;
        }

        b.Append(negative ? "-P" : "P");
        var written = false;
        foreach (var (value, designator) in parts)
        {
            if (value is not { } v || (v == 0 && (written || present[0].Designator != designator)))
            {
                continue;
            }

            if (designator == "H")
            {
                b.Append('T');
            }

            b.Append(v.ToString("0", CultureInfo.InvariantCulture)).Append(designator);
            written = true;
        }

        return b.ToString();
    }

    private static string? QuarterEnd(string s)
    {
        var m = QuarterFirst().Match(s);
        string quarter, yearText;
        if (m.Success)
        {
            (quarter, yearText) = (m.Groups["q"].Value, m.Groups["y"].Value);
        }
        else
        {
            m = YearFirst().Match(s);
            if (!m.Success)
            {
                return null;
            }

            (quarter, yearText) = (m.Groups["q"].Value, m.Groups["y"].Value);
        }

        var month = quarter.ToLowerInvariant() switch
        {
            "1" or "first" => 3,
            "2" or "second" => 6,
            "3" or "third" => 9,
            "4" or "fourth" or "last" => 12,
            _ => 0,
        };
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        return month == 0 ? null : Lexical.Date(year, month, DateTime.DaysInMonth(year, month));
    }

    /// <summary>"three years, six months and four days", "five-year", "90 days", "no days": P3Y6M4D, P5Y, P90D, P0D.</summary>
    private static string? DurationWords(string s)
    {
        var rest = s;
        var found = new Dictionary<char, decimal>();
        while (rest.Length > 0)
        {
            var m = DurationPart().Match(rest);
            if (!m.Success)
            {
                return null;
            }

            var unit = char.ToUpperInvariant(m.Groups["unit"].Value[0]);
            var amount = m.Groups["amount"].Value;
            decimal? value = amount.All(char.IsAsciiDigit) ? decimal.Parse(amount, CultureInfo.InvariantCulture) : NoneWords().IsMatch(amount) ? 0 : NumberWords.Parse(amount, 999);
            if (value is not { } v || v > 999 || !found.TryAdd(unit, v))
            {
                return null;
            }

            rest = rest[m.Length..];
        }

        if (found.Count == 0)
        {
            return null;
        }

        var b = new StringBuilder("P");
        foreach (var unit in "YMD")
        {
            if (found.TryGetValue(unit, out var v) && v != 0)
            {
                b.Append(v.ToString("0", CultureInfo.InvariantCulture)).Append(unit);
            }
        }

        return b.Length > 1 ? b.ToString() : "P0D";
    }

    private static Transform Lookup((string Pattern, string Code)[] table)
    {
        var patterns = table.Select(t => (Regex: new Regex("^(?:" + t.Pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), t.Code)).ToArray();
        return s => patterns.FirstOrDefault(p => p.Regex.IsMatch(s)).Code;
    }

    [GeneratedRegex(@"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")]
    private static partial Regex SignedDecimal();

    [GeneratedRegex(@"^(?:(?![0-9]{2})\w[^0-9]*)?(?<q>1|[Ff]irst|2|[Ss]econd|3|[Tt]hird|4|[Ff]ourth|[Ll]ast)[^0-9]*(?<y>[0-9]{4})$")]
    private static partial Regex QuarterFirst();

    [GeneratedRegex(@"^(?<y>[0-9]{4})[^0-9]*(?<q>1|[Ff]irst|2|[Ss]econd|3|[Tt]hird|4|[Ff]ourth|[Ll]ast)(?![0-9])(?:.*\w+)?$")]
    private static partial Regex YearFirst();

    /// <summary>One part of a duration in words: an amount (digits or words), a dash or space, the unit, and what may separate it from the next.</summary>
    [GeneratedRegex(@"^(?<amount>[0-9]{1,3}|[A-Za-z][A-Za-z\s\u00A0\u058A\u05BE\u2010-\u2015\uFE58\uFE63\uFF0D-]*?)(?:[\u058A\u05BE\u2010-\u2015\uFE58\uFE63\uFF0D-]|[\s\u00A0]+)(?<unit>[Yy]ears?|[Mm]onths?|[Dd]ays?)(?:(?:[\s\u00A0]*,)?(?:[\s\u00A0]+and)?[\s\u00A0]+(?=\S)|$)")]
    private static partial Regex DurationPart();

    [GeneratedRegex(@"^(?:[Nn]o(?:ne)?|[Zz]ero)$")]
    private static partial Regex NoneWords();
}

/// <summary>
/// English number words in short-scale notation, as the SEC's registry reads them: one to nineteen, the tens with a
/// dash or space before a unit, hundreds, and thousand, million and billion groups, with commas or "and" between;
/// "no", "none", "nil" and "zero" alone are 0. A word has a capital or small first letter and small letters after it.
/// </summary>
internal static partial class NumberWords
{
    public const decimal Largest = 999_999_999_999m;

    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The number the words stand for, or null when they are not number words or exceed <paramref name="largest"/>.</summary>
    public static decimal? Parse(string text, decimal largest)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return null; // a no-break space at either end is not XML whitespace, and not part of a number
        }

        if (Nothing().IsMatch(text))
        {
            return 0;
        }

        // Tens and units joined by a dash are one token pair; commas and "and" between groups are separators.
        var tokens = new List<string>();
        foreach (var raw in Separator().Split(text))
        {
            if (raw.Length == 0)
            {
                continue;
            }

            var dashed = Dash().Split(raw);
            if (dashed.Length == 2 && Tens.ContainsKey(Lower(dashed[0]) ?? string.Empty) && Units.TryGetValue(Lower(dashed[1]) ?? string.Empty, out var u) && u < 10)
            {
                tokens.Add(dashed[0]);
                tokens.Add(dashed[1]);
                continue;
            }

            if (dashed.Length != 1)
            {
                return null;
            }

            tokens.Add(raw);
        }

        decimal total = 0;
        decimal group = 0;
        var lastScale = decimal.MaxValue;
        var i = 0;
        var any = false;
        while (i < tokens.Count)
        {
            if (Lower(tokens[i]) == "and" && any)
            {
                i++;
                continue;
            }

            // One group: [unit hundred] [tens [unit] | unit]
            var start = i;
            group = 0;
            if (i + 1 < tokens.Count && Units.TryGetValue(Lower(tokens[i]) ?? string.Empty, out var h) && Lower(tokens[i + 1]) == "hundred")
            {
                group = h * 100;
                i += 2;
                if (i < tokens.Count && Lower(tokens[i]) == "and")
                {
                    i++;
                }
            }

            if (i < tokens.Count && Tens.TryGetValue(Lower(tokens[i]) ?? string.Empty, out var t))
            {
                group += t;
                i++;
                if (i < tokens.Count && Units.TryGetValue(Lower(tokens[i]) ?? string.Empty, out var unit) && unit < 10)
                {
                    group += unit;
                    i++;
                }
            }
            else if (i < tokens.Count && Units.TryGetValue(Lower(tokens[i]) ?? string.Empty, out var unit) && !(i + 1 < tokens.Count && Lower(tokens[i + 1]) == "hundred"))
            {
                group += unit;
                i++;
            }

            if (i == start || group == 0)
            {
                return null;
            }

            any = true;
            if (i < tokens.Count && Scales.TryGetValue(Lower(tokens[i]) ?? string.Empty, out var scale))
            {
                if (scale >= lastScale)
                {
                    return null;
                }

                lastScale = scale;
                total += group * scale;
                i++;
                continue;
            }

            total += group;
            if (i < tokens.Count)
            {
                return null; // words after the units of a number
            }
        }

        return any && total <= largest ? total : null;
    }

    /// <summary>A word in lower case when it is written with a capital or small first letter and small letters after; otherwise null.</summary>
    private static string? Lower(string word) =>
        word.Length > 0 && word[1..].All(char.IsAsciiLetterLower) && char.IsAsciiLetter(word[0]) ? word.ToLowerInvariant() : null;

    [GeneratedRegex(@"^(?:[Nn]o(?:ne)?|[Nn]il|[Zz]ero)$")]
    private static partial Regex Nothing();

    [GeneratedRegex(@"(?:[\s\u00A0]*,[\s\u00A0]*|[\s\u00A0]+)")]
    private static partial Regex Separator();

    [GeneratedRegex(@"[\u058A\u05BE\u2010-\u2015\uFE58\uFE63\uFF0D-]")]
    private static partial Regex Dash();
}
