using System.Globalization;
using System.Text.RegularExpressions;
using XbrlGen.Model;

namespace XbrlGen.Reading;

/// <summary>
/// The vocabulary of release headings, in English and Japanese: table and statement titles, scales,
/// period headings and column headings. Company-neutral: it knows how releases are printed, not what they hold.
/// </summary>
internal static partial class HeadingText
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary><c>Table 3. Number of Contracts</c> or <c>表 3. 契約数</c>.</summary>
    public static bool TryTableHeading(string line, out int number, out string title)
    {
        var m = TableHeading().Match(line);
        number = 0;
        title = string.Empty;
        if (!m.Success)
        {
            return false;
        }

        number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        title = StripParenthetical(m.Groups["title"].Value).Trim();
        return true;
    }

    /// <summary>A line that ends in <c>Appendix 2</c>.</summary>
    public static bool TryAppendixHeading(string line, out int number)
    {
        var m = AppendixHeading().Match(line);
        number = m.Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
        return m.Success;
    }

    /// <summary>A Japanese statement title: <c>四半期連結損益計算書（米国会計基準未監査）</c>.</summary>
    public static bool TryJapaneseStatementTitle(string line, out string title)
    {
        var m = JapaneseStatement().Match(line);
        title = m.Success ? m.Groups["title"].Value : string.Empty;
        return m.Success;
    }

    /// <summary>An English statement title: a line in capitals such as <c>CONSOLIDATED BALANCE SHEETS(UNAUDITED)</c>.</summary>
    public static bool TryEnglishStatementTitle(string line, out string title)
    {
        var m = EnglishStatement().Match(line);
        title = m.Success ? m.Groups["title"].Value.Trim() : string.Empty;
        return m.Success;
    }

    /// <summary>The power of ten that figures are printed in: 3 for thousands (千円), 6 for millions (百万円).</summary>
    public static int? Scale(string text)
    {
        if (Millions().IsMatch(text))
        {
            return 6;
        }

        if (Thousands().IsMatch(text))
        {
            return 3;
        }

        return null;
    }

    /// <summary>A measure named in a heading, such as <c>(Unit: Gbps)</c> or <c>(単位: Gbps)</c>.</summary>
    public static string? StatedMeasure(string text)
    {
        var m = UnitClause().Match(text);
        return m.Success ? m.Groups["unit"].Value : null;
    }

    /// <summary>
    /// Period headings of a statement: <c>For the Three Months Ended Jun 30, 2003, Jun 30, 2002 and Mar 31, 2003</c>,
    /// <c>As of Jun 30, 2003, ...</c>, or <c>2003年6月期、2002年6月期、2003年3月期</c>.
    /// Returns the end dates in printed order and whether the line says the length (months) or an instant.
    /// </summary>
    public static (IReadOnlyList<DateOnly> Dates, int? Months, bool Stated)? PeriodHeading(string line)
    {
        var flow = FlowPhrase().Match(line);
        var asOf = AsOfPhrase().IsMatch(line);
        if (flow.Success || asOf)
        {
            var dates = EnglishDates().Matches(line).Select(ParseEnglishDate).OfType<DateOnly>().ToList();
            if (dates.Count == 0)
            {
                return null;
            }

            int? months = flow.Success ? MonthsWord(flow.Groups["n"].Value) : null;
            return (dates, months, true);
        }

        var ja = JapaneseDates().Matches(line);
        if (ja.Count >= 2)
        {
            // A month or year no calendar has (a damaged line: 2003年43月期) is no period heading.
            var dates = ja.Select(m =>
            {
                var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                return y >= 1 && mo is >= 1 and <= 12 ? new DateOnly(y, mo, DateTime.DaysInMonth(y, mo)) : (DateOnly?)null;
            }).ToList();
            return dates.Any(d => d is null) ? null : (dates.Select(d => d!.Value).ToList(), null, false);
        }

        return null;
    }

    /// <summary>For a Japanese title that gives no period phrase: a balance sheet is as of dates, a quarterly statement covers three months.</summary>
    public static int? JapaneseMonths(string title) =>
        title.Contains("貸借対照表", StringComparison.Ordinal) ? null : title.Contains("四半期", StringComparison.Ordinal) ? 3 : null;

    /// <summary>
    /// A column-heading line of a quarterly table: an optional short caption, then quarter labels and % headings only.
    /// Returns the caption (text before the first quarter label).
    /// </summary>
    public static bool TryQuarterHeader(string line, out string caption)
    {
        var m = QuarterHeader().Match(line);
        caption = m.Success ? m.Groups["caption"].Value.Trim() : string.Empty;
        return m.Success && QuarterLabel().Matches(line).Count >= 1 && (QuarterLabel().Matches(line).Count >= 2 || caption.Length == 0);
    }

    /// <summary>A line that continues a quarterly column heading (<c>YoY</c>, <c>% change 4Q02</c>, <c>同期比</c>).</summary>
    public static bool IsHeaderContinuation(string line) => HeaderContinuation().IsMatch(line);

    /// <summary>The columns a joined quarterly heading names, in order: quarter labels, YoY and QoQ % columns.</summary>
    public static IReadOnlyList<string> QuarterHeaderTokens(string joined)
    {
        var compact = Regex.Replace(joined, @"\s+", string.Empty);
        return HeaderToken().Matches(compact).Select(m => m.Value).ToList();
    }

    public static bool IsQuarterLabel(string token) => QuarterLabel().IsMatch(token) && token.Length == 4;

    /// <summary>A currency column heading line of a statement: <c>USD (1) JPY % JPY % % JPY % %</c>.</summary>
    public static bool TryCurrencyHeader(string line, out IReadOnlyList<string> tokens)
    {
        var cleaned = FootnoteRef().Replace(line, " ");
        var parts = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        tokens = parts;
        if (parts.Length < 2 || !IsCurrencyCode(parts[0]))
        {
            return false;
        }

        return parts.Count(IsCurrencyCode) >= 2 && parts.All(p => IsCurrencyCode(p) || PercentHeadingWord().IsMatch(p));
    }

    public static bool IsCurrencyCode(string token) => token.Length == 3 && token.All(c => c is >= 'A' and <= 'Z');

    /// <summary>Whether a % heading word after a change word is its tail (<c>Chg %</c> is one column).</summary>
    public static bool IsChangeWord(string token) => token is "Chg" or "Change" or "YOY" or "QOQ";

    /// <summary>A footnote marker: a lone digit, or one in parentheses.</summary>
    public static bool IsFootnoteMarker(string token) => FootnoteMarker().IsMatch(token);

    /// <summary>The label with footnote markers removed: <c>Common stock(2)</c>, <c>その他2</c>.</summary>
    public static string StripFootnoteMarker(string label)
    {
        var s = TrailingParenMarker().Replace(label, string.Empty);
        s = TrailingCjkMarker().Replace(s, string.Empty);
        return s.Trim();
    }

    private static string StripParenthetical(string title)
    {
        var i = title.LastIndexOfAny(['(', '（']);
        return i > 0 ? title[..i] : title;
    }

    private static int MonthsWord(string word) => word.ToLowerInvariant() switch
    {
        "three" or "3" => 3,
        "six" or "6" => 6,
        "nine" or "9" => 9,
        "twelve" or "12" => 12,
        _ => 3,
    };

    /// <summary>The first English date in the text (<c>Jun 30, 2003</c>, <c>March 31, 2003</c>), or null.</summary>
    public static DateOnly? EnglishDate(string text) => EnglishDates().Match(text) is { Success: true } m ? ParseEnglishDate(m) : null;

    private static DateOnly? ParseEnglishDate(Match m)
    {
        var month = Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return year >= 1 && month >= 1 && day >= 1 ? new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))) : null;
    }

    [GeneratedRegex(@"^(?:Table\s+(?<n>\d{1,2})\s*[.．:]|表\s*(?<n>\d{1,2})\s*[.．:])\s*(?<title>.*)$")]
    private static partial Regex TableHeading();

    [GeneratedRegex(@"\bAppendix\s+(?<n>\d)\s*$")]
    private static partial Regex AppendixHeading();

    [GeneratedRegex(@"^(?<title>\S*連結\S*(?:計算書|対照表))")]
    private static partial Regex JapaneseStatement();

    [GeneratedRegex(@"^(?<title>(?:CONDENSED\s+)?CONSOLIDATED\s+[A-Z' ]+?)\s*(?:\(UNAUDITED\))?$")]
    private static partial Regex EnglishStatement();

    [GeneratedRegex(@"millions|百万円", RegexOptions.IgnoreCase)]
    private static partial Regex Millions();

    [GeneratedRegex(@"thousands|千円", RegexOptions.IgnoreCase)]
    private static partial Regex Thousands();

    [GeneratedRegex(@"[(（]\s*(?:Unit|単位)\s*[:：]\s*(?<unit>[A-Za-z]+)\s*[)）]")]
    private static partial Regex UnitClause();

    [GeneratedRegex(@"For\s+the\s+(?<n>Three|Six|Nine|Twelve|\d+)\s+Months\s+Ended", RegexOptions.IgnoreCase)]
    private static partial Regex FlowPhrase();

    [GeneratedRegex(@"^\s*As\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfPhrase();

    [GeneratedRegex(@"\b(?<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?<d>\d{1,2}),\s*(?<y>\d{4})")]
    private static partial Regex EnglishDates();

    [GeneratedRegex(@"(?<y>\d{4})年(?<m>\d{1,2})月期")]
    private static partial Regex JapaneseDates();

    [GeneratedRegex(@"^(?<caption>[^\d\s][^\d]{0,40}?)?\s*[1-4]Q\d\d(?:\s+(?:[1-4]Q\d\d|YoY|QoQ|%|[Cc]hange|前年|同期比|前年同期比|前期比))*\s*$")]
    private static partial Regex QuarterHeader();

    [GeneratedRegex(@"^(?:(?:[1-4]Q\d\d|YoY|QoQ|%|[Cc]hange|前年|同期比|前年同期比|前期比)\s*)+$")]
    private static partial Regex HeaderContinuation();

    [GeneratedRegex(@"[1-4]Q\d\d|YoY%change|QoQ%change|前年同期比|前期比", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderToken();

    [GeneratedRegex(@"\b[1-4]Q\d\d\b")]
    private static partial Regex QuarterLabel();

    [GeneratedRegex(@"\(\d\)")]
    private static partial Regex FootnoteRef();

    [GeneratedRegex(@"^(?:%|Revenues|Chg|Change|Total|YOY|QOQ)$")]
    private static partial Regex PercentHeadingWord();

    [GeneratedRegex(@"^(?:\d|\(\d\))$")]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"\s*\(\d\)$")]
    private static partial Regex TrailingParenMarker();

    [GeneratedRegex(@"(?<=[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}ー）)])\d$")]
    private static partial Regex TrailingCjkMarker();
}
