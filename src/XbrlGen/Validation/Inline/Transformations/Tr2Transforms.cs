using System.Collections.Frozen;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>
/// Transformation Registry 2 (2011-07-31): booleans, dates with numbers or English month names, Japanese era and
/// CJK dates, numbers with dot or comma decimals or units, zero dashes and no content.
/// </summary>
internal static class Tr2Transforms
{
    public static FrozenDictionary<string, Transform> All() => Table().ToFrozenDictionary(StringComparer.Ordinal);

    internal static Dictionary<string, Transform> Table() => new(StringComparer.Ordinal)
    {
        ["booleanfalse"] = _ => "false",
        ["booleantrue"] = _ => "true",
        ["datedaymonth"] = DateForms.DayMonth(),
        ["datedaymonthen"] = DateForms.DayMonthName(MonthNames.English),
        ["datedaymonthyear"] = DateForms.NumericDate("dmy"),
        ["datedaymonthyearen"] = DateForms.DayMonthNameYear(MonthNames.English),
        ["dateerayearmonthdayjp"] = CjkDates.EraYearMonthDay,
        ["dateerayearmonthjp"] = CjkDates.EraYearMonth,
        ["datemonthday"] = DateForms.MonthDay(),
        ["datemonthdayen"] = DateForms.MonthNameDay(MonthNames.English),
        ["datemonthdayyear"] = DateForms.NumericDate("mdy"),
        ["datemonthdayyearen"] = DateForms.MonthNameDayYear(MonthNames.English),
        ["datemonthyearen"] = DateForms.MonthNameYear(MonthNames.English),
        ["dateyearmonthdaycjk"] = CjkDates.YearMonthDay,
        ["dateyearmonthen"] = DateForms.YearMonthName(MonthNames.English),
        ["dateyearmonthcjk"] = CjkDates.YearMonth,
        ["nocontent"] = _ => string.Empty,
        ["numcommadecimal"] = NumberForms.CommaDecimal,
        ["numdotdecimal"] = NumberForms.DotDecimal,
        ["numunitdecimal"] = NumberForms.UnitDecimal,
        ["zerodash"] = NumberForms.ZeroDash,
    };
}

/// <summary>Transformation Registry 3 (2015-02-26): Registry 2's, with Danish, Hindi and Indian (Saka) dates, numeric month-year and year-month-day, and Indian number grouping.</summary>
internal static class Tr3Transforms
{
    public static FrozenDictionary<string, Transform> All(FrozenDictionary<string, Transform> tr2)
    {
        var table = new Dictionary<string, Transform>(tr2, StringComparer.Ordinal)
        {
            ["calindaymonthyear"] = IndianDates.SakaDayMonthYear,
            ["datedaymonthdk"] = DateForms.DayMonthName(MonthNames.Danish),
            ["datedaymonthyeardk"] = DateForms.DayMonthNameYear(MonthNames.Danish),
            ["datedaymonthyearin"] = IndianDates.DayMonthYear(numericMonthAllowed: true),
            ["datemonthyear"] = DateForms.NumericYearMonth(yearFirst: false),
            ["datemonthyeardk"] = DateForms.MonthNameYear(MonthNames.Danish),
            ["datemonthyearin"] = DateForms.MonthNameYear(MonthNames.Hindi),
            ["dateyearmonthday"] = DateForms.NumericDate("ymd", digitsOfOtherScripts: true),
            ["numdotdecimalin"] = NumberForms.DotDecimalIndian,
            ["numunitdecimalin"] = NumberForms.UnitDecimalIndian,
        };
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
