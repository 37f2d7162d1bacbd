using System.Text.RegularExpressions;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>
/// The shapes of date the registries read, each as a transformation: the order of day, month and year, whether the
/// month is a number, a name of one language or a Roman numeral, and what separates them (anything but a digit, as
/// Transformation Registries 2 to 5 allow). Years of one or two digits are of this century; a date that does not exist
/// is refused.
/// </summary>
internal static class DateForms
{
    private const string Year = "([0-9]{4}|[0-9]{1,2})";
    private const string Day = "([0-9]{1,2})";
    private const string Roman = "([IVX]{1,4}|[ivx]{1,4})";

    private static Regex Pattern(string body, bool ignoreCase = false) =>
        new("^" + body + "$", RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromSeconds(1));

    /// <summary>What may follow a month name before the end (a longer form of the name, a full stop).</summary>
    private static string Tail(MonthNames names) => names.Language == "en" ? string.Empty : "[^0-9]{0,9}";

    /// <summary>Numbers only, day then month (xs:gMonthDay).</summary>
    public static Transform DayMonth(bool digitsOfOtherScripts = false)
    {
        var regex = Pattern(Day + "[^0-9]+" + Day);
        return s => Match(regex, digitsOfOtherScripts ? Lexical.AsciiDigits(s)! : s) is { } m ? Lexical.MonthDay(Lexical.Int(m[2]), Lexical.Int(m[1])) : null;
    }

    /// <summary>Numbers only, month then day, an ordinal ending allowed (xs:gMonthDay).</summary>
    public static Transform MonthDay(bool digitsOfOtherScripts = false)
    {
        var regex = Pattern(Day + "[^0-9]+" + Day + "[A-Za-z]*");
        return s => Match(regex, digitsOfOtherScripts ? Lexical.AsciiDigits(s) : s) is { } m ? Lexical.MonthDay(Lexical.Int(m[1]), Lexical.Int(m[2])) : null;
    }

    /// <summary>Numbers only, in the order given by <paramref name="order"/> ("dmy", "mdy", "ymd") (xs:date).</summary>
    public static Transform NumericDate(string order, bool digitsOfOtherScripts = false)
    {
        var parts = order.Select(c => c == 'y' ? Year : Day).ToArray();
        var regex = Pattern(string.Join("[^0-9]+", parts) + (order[^1] == 'd' ? "[^0-9]*" : string.Empty));
        return s =>
        {
            if (Match(regex, digitsOfOtherScripts ? Lexical.AsciiDigits(s) : s) is not { } m)
            {
                return null;
            }

            var y = Lexical.Year(m[order.IndexOf('y', StringComparison.Ordinal) + 1]);
            return Lexical.Date(y, Lexical.Int(m[order.IndexOf('m', StringComparison.Ordinal) + 1]), Lexical.Int(m[order.IndexOf('d', StringComparison.Ordinal) + 1]));
        };
    }

    /// <summary>Numbers only, month then year, or year then month (xs:gYearMonth).</summary>
    public static Transform NumericYearMonth(bool yearFirst, bool digitsOfOtherScripts = false)
    {
        var regex = Pattern(yearFirst ? Year + "[^0-9]+" + Day + "[^0-9]*" : Day + "[^0-9]+" + Year);
        return s => Match(regex, digitsOfOtherScripts ? Lexical.AsciiDigits(s) : s) is { } m
            ? Lexical.YearMonth(Lexical.Year(m[yearFirst ? 1 : 2]), Lexical.Int(m[yearFirst ? 2 : 1]))
            : null;
    }

    /// <summary>A day and a month name (xs:gMonthDay).</summary>
    public static Transform DayMonthName(MonthNames names)
    {
        var regex = Pattern(Day + "[^0-9]+" + names.Alternation + Tail(names), names.AnyCase);
        return s => Match(regex, s) is { } m && names.Month(m[2]) is { } month ? Lexical.MonthDay(month, Lexical.Int(m[1])) : null;
    }

    /// <summary>A month name and a day, an ordinal ending allowed (xs:gMonthDay).</summary>
    public static Transform MonthNameDay(MonthNames names)
    {
        var regex = Pattern(names.Alternation + "[^0-9]+" + Day + (names.Language == "en" ? "[A-Za-z]{0,2}" : "[^0-9]{0,3}"), names.AnyCase);
        return s => Match(regex, s) is { } m && names.Month(m[1]) is { } month ? Lexical.MonthDay(month, Lexical.Int(m[2])) : null;
    }

    /// <summary>A day, a month name and a year (xs:date).</summary>
    public static Transform DayMonthNameYear(MonthNames names)
    {
        var regex = Pattern(Day + "[^0-9]+" + names.Alternation + "[^0-9]+" + Year, names.AnyCase);
        return s => Match(regex, Lexical.AsciiDigits(s)) is { } m && names.Month(m[2]) is { } month ? Lexical.Date(Lexical.Year(m[3]), month, Lexical.Int(m[1])) : null;
    }

    /// <summary>A month name, a day and a year (xs:date).</summary>
    public static Transform MonthNameDayYear(MonthNames names)
    {
        var regex = Pattern(names.Alternation + "[^0-9]+" + Day + "[^0-9]+" + Year, names.AnyCase);
        return s => Match(regex, s) is { } m && names.Month(m[1]) is { } month ? Lexical.Date(Lexical.Year(m[3]), month, Lexical.Int(m[2])) : null;
    }

    /// <summary>A year, a month name and a day (xs:date).</summary>
    public static Transform YearMonthNameDay(MonthNames names)
    {
        var regex = Pattern(Year + "[^0-9]+" + names.Alternation + "[^0-9]+" + Day + "[^0-9]*", names.AnyCase);
        return s => Match(regex, s) is { } m && names.Month(m[2]) is { } month ? Lexical.Date(Lexical.Year(m[1]), month, Lexical.Int(m[3])) : null;
    }

    /// <summary>A year, a day and a month name (Latvian) (xs:date).</summary>
    public static Transform YearDayMonthName(MonthNames names)
    {
        var regex = Pattern(Year + "[^0-9]+" + Day + "[^0-9]+" + names.Alternation + "[^0-9]*", names.AnyCase);
        return s => Match(regex, s) is { } m && names.Month(m[3]) is { } month ? Lexical.Date(Lexical.Year(m[1]), month, Lexical.Int(m[2])) : null;
    }

    /// <summary>A month name and a year (xs:gYearMonth).</summary>
    public static Transform MonthNameYear(MonthNames names)
    {
        var regex = Pattern(names.Alternation + "[^0-9]+" + Year, names.AnyCase);
        return s => Match(regex, Lexical.AsciiDigits(s)) is { } m && names.Month(m[1]) is { } month ? Lexical.YearMonth(Lexical.Year(m[2]), month) : null;
    }

    /// <summary>A year and a month name (xs:gYearMonth).</summary>
    public static Transform YearMonthName(MonthNames names)
    {
        var regex = Pattern(Year + "[^0-9]+" + names.Alternation + Tail(names), names.AnyCase);
        return s => Match(regex, s) is { } m && names.Month(m[2]) is { } month ? Lexical.YearMonth(Lexical.Year(m[1]), month) : null;
    }

    /// <summary>A day and a Roman numeral month (xs:gMonthDay).</summary>
    public static Transform DayMonthRoman()
    {
        var regex = Pattern(Day + "[^0-9IVXivx]+" + Roman);
        return s => Match(regex, s) is { } m && MonthNames.RomanMonth(m[2]) is { } month ? Lexical.MonthDay(month, Lexical.Int(m[1])) : null;
    }

    /// <summary>A day, a Roman numeral month and a year (xs:date).</summary>
    public static Transform DayMonthRomanYear()
    {
        var regex = Pattern(Day + "[^0-9IVXivx]+" + Roman + "[^0-9IVXivx]+" + Year);
        return s => Match(regex, s) is { } m && MonthNames.RomanMonth(m[2]) is { } month ? Lexical.Date(Lexical.Year(m[3]), month, Lexical.Int(m[1])) : null;
    }

    /// <summary>A Roman numeral month and a year (xs:gYearMonth).</summary>
    public static Transform MonthRomanYear()
    {
        var regex = Pattern(Roman + "[^0-9IVXivx]+" + Year);
        return s => Match(regex, s) is { } m && MonthNames.RomanMonth(m[1]) is { } month ? Lexical.YearMonth(Lexical.Year(m[2]), month) : null;
    }

    /// <summary>The groups of a whole match, 1-based as the pattern numbers them, or null.</summary>
    public static string[]? Match(Regex regex, string s)
    {
        try
        {
            var m = regex.Match(s);
            return m.Success ? m.Groups.Cast<Group>().Select(g => g.Value).ToArray() : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
