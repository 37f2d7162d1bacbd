using System.Collections.Frozen;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>
/// Transformation Registry 4 (2020-02-12): the names are new (date-day-monthname-year-en, num-dot-decimal,
/// fixed-zero, ...); dates in the languages it lists, numbers with separators anywhere and canonical output.
/// </summary>
internal static class Tr4Transforms
{
    /// <summary>The languages of the day-monthname forms; Swedish reads as Danish, as the registry specifies.</summary>
    private static readonly (string Code, MonthNames Names)[] DayMonthLanguages =
    [
        ("bg", MonthNames.Bulgarian), ("cs", MonthNames.Czech), ("da", MonthNames.Danish), ("de", MonthNames.German),
        ("el", MonthNames.Greek), ("en", MonthNames.English), ("es", MonthNames.Spanish), ("et", MonthNames.Estonian),
        ("fi", MonthNames.Finnish), ("fr", MonthNames.French), ("hr", MonthNames.Croatian), ("it", MonthNames.Italian),
        ("lv", MonthNames.Latvian), ("nl", MonthNames.Dutch), ("no", MonthNames.Norwegian), ("pl", MonthNames.Polish),
        ("pt", MonthNames.Portuguese), ("ro", MonthNames.Romanian), ("sk", MonthNames.Slovak), ("sl", MonthNames.Slovenian),
        ("sv", MonthNames.Danish),
    ];

    public static FrozenDictionary<string, Transform> All() => Table().ToFrozenDictionary(StringComparer.Ordinal);

    internal static Dictionary<string, Transform> Table()
    {
        var table = new Dictionary<string, Transform>(StringComparer.Ordinal)
        {
            ["date-day-month"] = DateForms.DayMonth(digitsOfOtherScripts: true),
            ["date-day-month-year"] = DateForms.NumericDate("dmy", digitsOfOtherScripts: true),
            ["date-day-monthroman"] = DateForms.DayMonthRoman(),
            ["date-day-monthroman-year"] = DateForms.DayMonthRomanYear(),
            ["date-day-monthname-year-hi"] = IndianDates.DayMonthYear(numericMonthAllowed: false),
            ["date-ind-day-monthname-year-hi"] = IndianDates.SakaDayMonthYear,
            ["date-jpn-era-year-month-day"] = CjkDates.EraYearMonthDay,
            ["date-jpn-era-year-month"] = CjkDates.EraYearMonth,
            ["date-monthname-day-en"] = DateForms.MonthNameDay(MonthNames.English),
            ["date-monthname-day-hu"] = DateForms.MonthNameDay(MonthNames.Hungarian),
            ["date-monthname-day-lt"] = DateForms.MonthNameDay(MonthNames.Lithuanian),
            ["date-monthname-day-year-en"] = DateForms.MonthNameDayYear(MonthNames.English),
            ["date-month-day"] = DateForms.MonthDay(digitsOfOtherScripts: true),
            ["date-month-day-year"] = DateForms.NumericDate("mdy", digitsOfOtherScripts: true),
            ["date-month-year"] = DateForms.NumericYearMonth(yearFirst: false, digitsOfOtherScripts: true),
            ["date-monthname-year-hi"] = DateForms.MonthNameYear(MonthNames.Hindi),
            ["date-monthroman-year"] = DateForms.MonthRomanYear(),
            ["date-year-day-monthname-lv"] = DateForms.YearDayMonthName(MonthNames.Latvian),
            ["date-year-month"] = DateForms.NumericYearMonth(yearFirst: true, digitsOfOtherScripts: true),
            ["date-year-month-day"] = DateForms.NumericDate("ymd", digitsOfOtherScripts: true),
            ["date-year-monthname-en"] = DateForms.YearMonthName(MonthNames.English),
            ["date-year-monthname-hu"] = DateForms.YearMonthName(MonthNames.Hungarian),
            ["date-year-monthname-day-hu"] = DateForms.YearMonthNameDay(MonthNames.Hungarian),
            ["date-year-monthname-day-lt"] = DateForms.YearMonthNameDay(MonthNames.Lithuanian),
            ["date-year-monthname-lt"] = DateForms.YearMonthName(MonthNames.Lithuanian),
            ["date-year-monthname-lv"] = DateForms.YearMonthName(MonthNames.Latvian),
            ["fixed-empty"] = _ => string.Empty,
            ["fixed-false"] = _ => "false",
            ["fixed-true"] = _ => "true",
            ["fixed-zero"] = _ => "0",
            ["num-comma-decimal"] = NumberForms.CommaDecimal4,
            ["num-dot-decimal"] = NumberForms.DotDecimal4,
            ["numdotdecimalin"] = s => NumberForms.DotDecimalIndian(s) is { } n ? Lexical.Canonical(n) : null,
            ["num-unit-decimal"] = NumberForms.UnitDecimal4,
        };
        foreach (var (code, names) in DayMonthLanguages)
        {
            table["date-day-monthname-" + code] = DateForms.DayMonthName(names);
            if (code != "lv")
            {
                // Latvian dates with a year are year first (date-year-day-monthname-lv).
                table["date-day-monthname-year-" + code] = DateForms.DayMonthNameYear(names);
                table["date-monthname-year-" + code] = DateForms.MonthNameYear(names);
            }
        }

        return table;
    }
}

/// <summary>Transformation Registry 5 (2022-02-16): Registry 4's, with Welsh dates and numbers with apostrophes between groups (Swiss style).</summary>
internal static class Tr5Transforms
{
    public static FrozenDictionary<string, Transform> All(FrozenDictionary<string, Transform> tr4) =>
        new Dictionary<string, Transform>(tr4, StringComparer.Ordinal)
        {
            ["date-day-monthname-cy"] = DateForms.DayMonthName(MonthNames.Welsh),
            ["date-day-monthname-year-cy"] = DateForms.DayMonthNameYear(MonthNames.Welsh),
            ["date-monthname-year-cy"] = DateForms.MonthNameYear(MonthNames.Welsh),
            ["num-comma-decimal-apos"] = NumberForms.CommaDecimalApos,
            ["num-dot-decimal-apos"] = NumberForms.DotDecimalApos,
            ["num-unit-decimal-apos"] = NumberForms.UnitDecimalApos,
        }.ToFrozenDictionary(StringComparer.Ordinal);
}
