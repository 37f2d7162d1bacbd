using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>
/// Transformation Registry 1 (2010-04-20; also the 2008 namespace of Inline XBRL 1.0 documents): its own names,
/// numbers with named separators and English dates whose parts a single space separates (a comma after the day in the
/// US forms), month names with a capital first letter, years of two or four digits.
/// </summary>
internal static class Tr1Transforms
{
    private const string Day = "([0-9]{1,2})";
    private const string Year = "([0-9]{2}|[0-9]{4})";

    public static FrozenDictionary<string, Transform> All() => new Dictionary<string, Transform>(StringComparer.Ordinal)
    {
        ["dateslashus"] = Numeric(Day + "/" + Day + "/" + Year, d: 2, m: 1, y: 3),
        ["dateslasheu"] = Numeric(Day + "/" + Day + "/" + Year, d: 1, m: 2, y: 3),
        ["datedotus"] = Numeric(Day + @"\." + Day + @"\." + Year, d: 2, m: 1, y: 3),
        ["datedoteu"] = Numeric(Day + @"\." + Day + @"\." + Year, d: 1, m: 2, y: 3),
        ["datelongus"] = Named(MonthNames.Tr1Long + " " + Day + ", " + Year, d: 2, m: 1, y: 3),
        ["dateshortus"] = Named(MonthNames.Tr1Short + " " + Day + ", " + Year, d: 2, m: 1, y: 3),
        ["datelonguk"] = Named(Day + " " + MonthNames.Tr1Long + " " + Year, d: 1, m: 2, y: 3),
        ["dateshortuk"] = Named(Day + " " + MonthNames.Tr1Short + " " + Year, d: 1, m: 2, y: 3),
        ["datelongdaymonthuk"] = NamedMonthDay(Day + " " + MonthNames.Tr1Long, d: 1, m: 2),
        ["dateshortdaymonthuk"] = NamedMonthDay(Day + " " + MonthNames.Tr1Short, d: 1, m: 2),
        ["datelongmonthdayus"] = NamedMonthDay(MonthNames.Tr1Long + " " + Day, d: 2, m: 1),
        ["dateshortmonthdayus"] = NamedMonthDay(MonthNames.Tr1Short + " " + Day, d: 2, m: 1),
        ["dateslashdaymontheu"] = NumericMonthDay(Day + "/" + Day, d: 1, m: 2),
        ["dateslashmonthdayus"] = NumericMonthDay(Day + "/" + Day, d: 2, m: 1),
        ["datelongyearmonth"] = NamedYearMonth(Year + " " + MonthNames.Tr1Long, y: 1, m: 2),
        ["dateshortyearmonth"] = NamedYearMonth(Year + " " + MonthNames.Tr1Short, y: 1, m: 2),
        ["datelongmonthyear"] = NamedYearMonth(MonthNames.Tr1Long + " " + Year, y: 2, m: 1),
        ["dateshortmonthyear"] = NamedYearMonth(MonthNames.Tr1Short + " " + Year, y: 2, m: 1),
        ["numcommadot"] = NumberForms.CommaDot,
        ["numdash"] = NumberForms.Dash,
        ["numspacedot"] = NumberForms.SpaceDot,
        ["numdotcomma"] = NumberForms.DotComma,
        ["numcomma"] = NumberForms.Comma,
        ["numspacecomma"] = NumberForms.SpaceComma,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static Regex Pattern(string body) => new("^" + body + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static Transform Numeric(string body, int d, int m, int y)
    {
        var regex = Pattern(body);
        return s => DateForms.Match(regex, s) is { } g ? Lexical.Date(Lexical.Year(g[y]), Lexical.Int(g[m]), Lexical.Int(g[d])) : null;
    }

    private static Transform NumericMonthDay(string body, int d, int m)
    {
        var regex = Pattern(body);
        return s => DateForms.Match(regex, s) is { } g ? Lexical.MonthDay(Lexical.Int(g[m]), Lexical.Int(g[d])) : null;
    }

    private static Transform Named(string body, int d, int m, int y)
    {
        var regex = Pattern(body);
        return s => DateForms.Match(regex, s) is { } g && MonthNames.EnglishMonth(g[m]) is { } month ? Lexical.Date(Lexical.Year(g[y]), month, Lexical.Int(g[d])) : null;
    }

    private static Transform NamedMonthDay(string body, int d, int m)
    {
        var regex = Pattern(body);
        return s => DateForms.Match(regex, s) is { } g && MonthNames.EnglishMonth(g[m]) is { } month ? Lexical.MonthDay(month, Lexical.Int(g[d])) : null;
    }

    private static Transform NamedYearMonth(string body, int y, int m)
    {
        var regex = Pattern(body);
        return s => DateForms.Match(regex, s) is { } g && MonthNames.EnglishMonth(g[m]) is { } month ? Lexical.YearMonth(Lexical.Year(g[y]), month) : null;
    }
}
