using System.Text.RegularExpressions;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>Japanese era dates (明治 to 令和, 元年 for the first year) and CJK dates with 年, 月 and 日; full-width digits allowed.</summary>
internal static partial class CjkDates
{
    /// <summary>The Gregorian year before each era's first year.</summary>
    private static int? EraBase(string era) => era switch
    {
        "明治" or "明" => 1867,
        "大正" or "大" => 1911,
        "昭和" or "昭" => 1925,
        "平成" or "平" => 1988,
        "令和" or "令" => 2018,
        _ => null,
    };

    private static int? EraYear(string era, string year) =>
        EraBase(era) is { } b ? b + (year == "元" ? 1 : Lexical.Int(year)) : null;

    public static string? EraYearMonthDay(string s)
    {
        var m = EraDate().Match(Lexical.AsciiDigits(s));
        return m.Success ? Lexical.Date(EraYear(m.Groups[1].Value, m.Groups[2].Value), Lexical.Int(m.Groups[3].Value), Lexical.Int(m.Groups[4].Value)) : null;
    }

    public static string? EraYearMonth(string s)
    {
        var m = EraMonth().Match(Lexical.AsciiDigits(s));
        return m.Success ? Lexical.YearMonth(EraYear(m.Groups[1].Value, m.Groups[2].Value), Lexical.Int(m.Groups[3].Value)) : null;
    }

    public static string? YearMonthDay(string s)
    {
        var m = CjkDate().Match(Lexical.AsciiDigits(s));
        return m.Success ? Lexical.Date(Lexical.Year(m.Groups[1].Value), Lexical.Int(m.Groups[2].Value), Lexical.Int(m.Groups[3].Value)) : null;
    }

    public static string? YearMonth(string s)
    {
        var m = CjkMonth().Match(Lexical.AsciiDigits(s));
        return m.Success ? Lexical.YearMonth(Lexical.Year(m.Groups[1].Value), Lexical.Int(m.Groups[2].Value)) : null;
    }

    [GeneratedRegex(@"^\s*(明治|明|大正|大|昭和|昭|平成|平|令和|令)\s*([0-9]{1,2}|元)\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*$")]
    private static partial Regex EraDate();

    [GeneratedRegex(@"^\s*(明治|明|大正|大|昭和|昭|平成|平|令和|令)\s*([0-9]{1,2}|元)\s*年\s*([0-9]{1,2})\s*月\s*$")]
    private static partial Regex EraMonth();

    [GeneratedRegex(@"^\s*([0-9]{4}|[0-9]{1,2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*$")]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"^\s*([0-9]{4}|[0-9]{1,2})\s*年\s*([0-9]{1,2})\s*月\s*$")]
    private static partial Regex CjkMonth();
}

/// <summary>Indian dates: Gregorian dates with Hindi month names, and dates of the Indian national (Saka) calendar.</summary>
internal static partial class IndianDates
{
    /// <summary>Day, Hindi month name (or, in Registry 3, a month number) and year, digits in Devanagari or ASCII.</summary>
    public static Transform DayMonthYear(bool numericMonthAllowed) => s =>
    {
        var m = HindiDate().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var monthText = m.Groups[2].Value;
        int? month = MonthNames.Hindi.Month(monthText);
        if (month is null && numericMonthAllowed && Lexical.AsciiDigits(monthText).All(char.IsAsciiDigit))
        {
            month = Lexical.Int(monthText);
        }

        return month is { } mo ? Lexical.Date(Lexical.Year(Lexical.AsciiDigits(m.Groups[3].Value)), mo, Lexical.Int(m.Groups[1].Value)) : null;
    };

    /// <summary>The Saka months, in transliteration or Devanagari.</summary>
    private static int? SakaMonth(string name) => name switch
    {
        "Chaitra" or "चैत्र" => 1,
        "Vaisakha" or "Vaishakh" or "Vaiśākha" or "वैशाख" or "बैसाख" => 2,
        "Jyaishta" or "Jyaishtha" or "Jyaistha" or "Jyeṣṭha" or "ज्येष्ठ" => 3,
        "Asadha" or "Ashadha" or "Āṣāḍha" or "आषाढ" or "आषाढ़" => 4,
        "Sravana" or "Shravana" or "Śrāvaṇa" or "श्रावण" or "सावन" => 5,
        "Bhadra" or "Bhadrapad" or "Bhādrapada" or "Bhādra" or "Proṣṭhapada" or "भाद्रपद" or "भादो" => 6,
        "Aswina" or "Ashwin" or "Asvina" or "Āśvina" or "आश्विन" => 7,
        "Kartiak" or "Kartik" or "Kartika" or "Kārtika" or "कार्तिक" => 8,
        "Agrahayana" or "Agrahāyaṇa" or "Margashirsha" or "Mārgaśīrṣa" or "मार्गशीर्ष" or "अगहन" => 9,
        "Pausa" or "Pausha" or "Pauṣa" or "पौष" => 10,
        "Magha" or "Magh" or "Māgha" or "माघ" => 11,
        "Phalguna" or "Phalgun" or "Phālguna" or "फाल्गुन" => 12,
        _ => null,
    };

    /// <summary>A Saka date (day, month name, year) as the Gregorian xs:date it falls on.</summary>
    public static string? SakaDayMonthYear(string s)
    {
        var m = SakaDate().Match(s);
        if (!m.Success || SakaMonth(m.Groups[2].Value) is not { } month)
        {
            return null;
        }

        var day = Lexical.Int(m.Groups[1].Value);
        var yearText = Lexical.AsciiDigits(m.Groups[3].Value);
        var year = yearText.Length == 4 ? Lexical.Int(yearText) : 1900 + Lexical.Int(yearText);
        return SakaToGregorian(year, month, day);
    }

    /// <summary>
    /// The Indian national calendar: the year starts on 22 March (21 March in a Gregorian leap year), Chaitra has 30 days
    /// (31 in a leap year), the next five months 31, the last six 30; Saka year + 78 is the Gregorian year it starts in.
    /// </summary>
    internal static string? SakaToGregorian(int year, int month, int day)
    {
        var gregorianYear = year + 78;
        if (gregorianYear is < 1 or > 9998 || month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        var leap = DateTime.IsLeapYear(gregorianYear);
        var length = month == 1 ? (leap ? 31 : 30) : month <= 6 ? 31 : 30;
        if (day > length)
        {
            return null;
        }

        var start = new DateTime(gregorianYear, 3, leap ? 21 : 22, 0, 0, 0, DateTimeKind.Unspecified);
        var offset = 0;
        for (var i = 1; i < month; i++)
        {
            offset += i == 1 ? (leap ? 31 : 30) : i <= 6 ? 31 : 30;
        }

        var date = start.AddDays(offset + day - 1);
        return Lexical.Date(date.Year, date.Month, date.Day);
    }

    [GeneratedRegex(@"^([0-9]{1,2}|[०-९]{1,2})[^0-9०-९]+(जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर|[0-9]{1,2}|[०-९]{1,2})[^0-9०-९]+([0-9]{2}|[0-9]{4}|[०-९]{2}|[०-९]{4})$")]
    private static partial Regex HindiDate();

    [GeneratedRegex(@"^([0-9]{1,2}|[०-९]{1,2})[^0-9०-९\p{L}\p{M}]+([\p{L}\p{M}]+)[^0-9०-९\p{L}\p{M}]+([0-9]{2}|[0-9]{4}|[०-९]{2}|[०-९]{4})$")]
    private static partial Regex SakaDate();
}
