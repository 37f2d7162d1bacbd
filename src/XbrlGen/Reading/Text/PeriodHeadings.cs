using System.Globalization;
using System.Text.RegularExpressions;
using XbrlGen.Model;

namespace XbrlGen.Reading.Text;

/// <summary>One column's period as its headings print it, and what it means (null where it cannot be read).</summary>
/// <remarks>
/// <paramref name="WeeksInferred"/>: a length printed in months on a day that is not a month end, read as whole weeks
/// (<see cref="PeriodHeadings.Flow"/>); a longer 53-week period may still be told by another period's end in the release.
/// </remarks>
internal sealed record HeadingColumn(string PeriodText, ReportingPeriod? Period, bool LengthUnknown = false, bool WeeksInferred = false);

/// <summary>
/// Reads the periods of a statement's columns from the headings above its figures, in the forms companies print:
/// <c>Three Months Ended July 31,</c> with the years on the next line; <c>Thirteen Weeks Ended November 2, 2024</c>;
/// <c>Nine Months Ended September 30, 2024 and 2023</c>; <c>As of</c> dates; <c>September 30, | December 31, | 2024 | 2023</c>;
/// <c>2003年6月期</c>; TDnet's <c>(自 2022年4月1日 至 2022年9月30日)</c>; and fiscal labels (<c>1Q03</c>, <c>Q3 FY24</c>)
/// through the company's fiscal calendar.
/// </summary>
internal static partial class PeriodHeadings
{
    /// <summary>The forms read, for an error that says what was expected.</summary>
    public const string FormsRead =
        "'Three Months Ended September 30,' with the years after it, 'Nine Months Ended September 30, 2024 and 2023', " +
        "'Thirteen Weeks Ended November 2, 2024', 'Year Ended December 31,', 'As of June 30, 2025', 'September 30, December 31, 2024 2023' " +
        "(for a balance sheet), '2003年6月期', '(自 2022年4月1日 至 2022年9月30日)', '2024年3月31日', and fiscal labels such as '1Q03' or 'Q3 FY24' (with a mapping's fiscal calendar)";

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private enum EventKind { Duration, Instant, MonthDay, FullDate, Year, Range, FiscalLabel }

    private sealed record Event(EventKind Kind, int At, int End, int Month = 0, int Day = 0, int Year = 0, int? Months = null, int? Weeks = null, DateOnly? First = null, string Text = "")
    {
        /// <summary>A year in a row of years (<c>2024 2023 2024 2023</c>): shared out over the columns, never joined to the date before it.</summary>
        public bool InYearRow { get; init; }
    }

    private sealed class Group
    {
        public bool IsInstant { get; set; }

        public int? Months { get; set; }

        public int? Weeks { get; set; }

        public bool LengthUnknown { get; set; }

        public (int Month, int Day)? MonthDay { get; set; }

        public List<(int Year, string Text, DateOnly? First, int Day)> Years { get; } = [];
    }

    /// <summary>Whether the text prints a period's length (<c>Three Months Ended</c>, <c>Year Ended</c>, <c>Thirteen Weeks Ended</c>).</summary>
    public static bool HasLength(string text) => Phrase().Matches(FigureTokens.Normalize(text)).Any(m => !m.Groups["asof"].Success && !m.Groups["period"].Success);

    /// <summary>Whether the text holds anything a period heading is made of (a year, a period phrase, a date).</summary>
    public static bool LooksLikePeriods(string text) => Phrase().IsMatch(text) || FiscalLabel().IsMatch(text) || YearAlone().IsMatch(text) || JapaneseDate().IsMatch(text) || NumericDate().IsMatch(text);

    /// <summary>Where the text prints a period's length (<c>Three Months Ended</c>, <c>Thirty-Nine Weeks Ended</c>, <c>Fiscal Year Ended</c>), not an <c>As of</c>.</summary>
    public static IEnumerable<(int At, int End)> LengthPhrases(string text) =>
        Phrase().Matches(FigureTokens.Normalize(text)).Where(m => !m.Groups["asof"].Success).Select(m => (m.Index, m.Index + m.Length));

    /// <summary>
    /// The columns the headings name, in printed order, or an empty list when they name none that can be read.
    /// A balance sheet's dates are instants; another statement's undated-length periods are flagged for the caller.
    /// </summary>
    /// <remarks>The heading is its cells' text joined by <c> | </c>, so that a year in a cell of its own is not read as part of the date before it.</remarks>
    public static IReadOnlyList<HeadingColumn> Read(string heading, StatementKind statement, FiscalCalendar? calendar)
    {
        var text = Stacked(DayFirst(FigureTokens.Normalize(heading)));
        var events = Events(text, calendar);
        var groups = new List<Group>();
        Group? current = null;
        var pooled = new List<(int Year, string Text)>();
        Event? previous = null;
        var afterFiscal = false;
        foreach (var e in events)
        {
            afterFiscal &= e.Kind is EventKind.FiscalLabel or EventKind.Year;
            switch (e.Kind)
            {
                case EventKind.Duration:
                    current = new Group { Months = e.Months, Weeks = e.Weeks, LengthUnknown = e.Months is null && e.Weeks is null };
                    groups.Add(current);
                    break;
                case EventKind.Instant:
                    current = new Group { IsInstant = true };
                    groups.Add(current);
                    break;
                case EventKind.MonthDay when groups.FirstOrDefault(g => g.MonthDay is null && g.Years.Count == 0 && !g.IsInstant && !g.LengthUnknown) is { } undated && !ReferenceEquals(undated, current):
                    // Lengths printed first, their dates after ("Three Months Ended | Nine Months Ended | September 30, |
                    // September 30,", a cell a line): each date goes to the first length still without one.
                    undated.MonthDay = (e.Month, e.Day);
                    break;
                case EventKind.MonthDay:
                case EventKind.FullDate:
                    if (current is null || (current.MonthDay is { } md && md != (e.Month, e.Day)) || (current.MonthDay is not null && e.Kind == EventKind.MonthDay))
                    {
                        current = current is null ? new Group { IsInstant = statement == StatementKind.BalanceSheet, LengthUnknown = statement != StatementKind.BalanceSheet }
                            : new Group { IsInstant = current.IsInstant, Months = current.Months, Weeks = current.Weeks, LengthUnknown = current.LengthUnknown };
                        groups.Add(current);
                    }

                    current.MonthDay = (e.Month, e.Day);
                    if (e.Kind == EventKind.FullDate)
                    {
                        current.Years.Add((e.Year, e.Text, null, e.Day));
                    }

                    break;
                case EventKind.Year when afterFiscal:
                    // "Q1 2025 | Q1 2024 | 2024": a year beside quarter labels is that fiscal year's column.
                    var year = calendar is null ? null : new ReportingPeriod(calendar.YearStart(e.Year).AddYears(1).AddDays(-1), 12);
                    groups.Add(new Group { Months = 12, MonthDay = year is null ? null : (year.End.Month, year.End.Day), LengthUnknown = year is null });
                    groups[^1].Years.Add((year?.End.Year ?? 0, e.Text, null, year?.End.Day ?? 0));
                    current = null;
                    break;
                case EventKind.Year:
                    // "2024 and 2023" or ", 2023" right after a dated column belongs to it; other years wait for the groups.
                    if (!e.InYearRow && current is { MonthDay: not null, Years.Count: > 0 } && previous is { Kind: EventKind.FullDate or EventKind.Year } && Joined(text, previous.End, e.At) && pooled.Count == 0)
                    {
                        current.Years.Add((e.Year, e.Text, null, current.MonthDay.Value.Day));
                    }
                    else
                    {
                        pooled.Add((e.Year, e.Text));
                    }

                    break;
                case EventKind.Range:
                    current = new Group { Months = e.Months, MonthDay = (e.Month, e.Day) };
                    current.Years.Add((e.Year, e.Text, e.First, e.Day));
                    groups.Add(current);
                    break;
                case EventKind.FiscalLabel:
                    var q = calendar?.ParseQuarterLabel(e.Text);
                    // A balance sheet's quarter label is the instant the quarter ends.
                    var atEnd = statement == StatementKind.BalanceSheet;
                    groups.Add(new Group { IsInstant = atEnd, Months = atEnd ? null : q?.Months, MonthDay = q is null ? null : (q.End.Month, q.End.Day), LengthUnknown = q is null && !atEnd });
                    groups[^1].Years.Add((q?.End.Year ?? 0, e.Text, null, q?.End.Day ?? 0));
                    current = null;
                    afterFiscal = true;
                    break;
            }

            previous = e;
        }

        // Years printed apart from their groups (on a line of their own): shared out in order.
        var open = groups.Where(g => g.Years.Count == 0).ToList();
        if (pooled.Count > 0)
        {
            if (open.Count == 0 && groups.Count == 0)
            {
                return [];
            }

            var targets = open.Count > 0 ? open : groups;
            if (pooled.Count % targets.Count != 0)
            {
                return [];
            }

            var each = pooled.Count / targets.Count;
            for (var g = 0; g < targets.Count; g++)
            {
                foreach (var (year, yearText) in pooled.Skip(g * each).Take(each))
                {
                    targets[g].Years.Add((year, yearText, null, targets[g].MonthDay?.Day ?? 0));
                }
            }
        }

        var columns = new List<HeadingColumn>();
        foreach (var g in groups)
        {
            foreach (var (year, yearText, first, _) in g.Years)
            {
                if (g.MonthDay is not { } md || year < 1900 || year > 2200 || md.Month is < 1 or > 12)
                {
                    columns.Add(new HeadingColumn(yearText, null));
                    continue;
                }

                var end = new DateOnly(year, md.Month, Math.Clamp(md.Day, 1, DateTime.DaysInMonth(year, md.Month)));
                var label = Period.Iso(end);
                if (g.IsInstant)
                {
                    columns.Add(new HeadingColumn(label, new ReportingPeriod(end, null)));
                }
                else if (first is { } f)
                {
                    columns.Add(new HeadingColumn(label, new ReportingPeriod(end, g.Months ?? MonthsBetween(f, end)) { FirstDay = f }));
                }
                else if (g.Weeks is { } w)
                {
                    var start = end.AddDays(1 - (7 * w));
                    columns.Add(new HeadingColumn(label, new ReportingPeriod(end, Math.Max(1, (int)Math.Round(w * 12m / 52m))) { FirstDay = start }));
                }
                else if (g.Months is { } m)
                {
                    var flow = Flow(end, m);
                    columns.Add(new HeadingColumn(label, flow, WeeksInferred: flow.FirstDay is not null));
                }
                else
                {
                    columns.Add(new HeadingColumn(label, new ReportingPeriod(end, null), LengthUnknown: true));
                }
            }
        }

        return columns;
    }

    /// <summary>
    /// A flow period of <paramref name="months"/> printed months ending on <paramref name="end"/>. A period that ends on
    /// a day that is not the last of its month is kept on a 52/53-week calendar (retailers', Adobe's, Apple's): it
    /// is made of whole weeks, 13 to a quarter, so three months are 13 weeks (91 days), six 26 (182), nine 39 (273)
    /// and twelve 52 (364), and the period starts that many days before the day after its end. A length that is not
    /// a whole number of quarters, or a period ending on a month end, is counted in calendar months.
    /// </summary>
    /// <remarks>
    /// A 53-week year (or its 14-week quarter) cannot be told from the heading; the statement reader lengthens the
    /// period by the extra week when the release prints the end of the period before it (a balance sheet at the prior
    /// year end) on the day before that longer period's first day.
    /// </remarks>
    public static ReportingPeriod Flow(DateOnly end, int months)
    {
        if (IsMonthEnd(end) || months % 3 != 0 || months > 12)
        {
            return new ReportingPeriod(end, months);
        }

        var weeks = months / 3 * 13;
        return new ReportingPeriod(end, months) { FirstDay = end.AddDays(1 - (7 * weeks)) };
    }

    /// <summary>
    /// Column headings printed over two lines, each column's cell under the one above (<c>(As of December</c> then
    /// <c>31, 2024)</c>; <c>(January 1, 2024</c> then <c>to December 31, 2024)</c>): a run of cells that each go on in
    /// the run of as many cells after it (a day and year, or <c>to</c> and a date) is joined cell by cell.
    /// </summary>
    private static string Stacked(string heading)
    {
        var cells = heading.Split(" | ").ToList();
        for (var i = 1; i < cells.Count; i++)
        {
            // The run of continuations starting at i, and the run of as many cells before it that they continue.
            var n = 0;
            while (i + n < cells.Count && CellGoesOn().IsMatch(cells[i + n]))
            {
                n++;
            }

            if (n == 0 || i - n < 0 || Enumerable.Range(i - n, n).Any(k => CellGoesOn().IsMatch(cells[k]) || !CellLeftOpen().IsMatch(cells[k])))
            {
                continue;
            }

            for (var k = 0; k < n; k++)
            {
                cells[i - n + k] += " " + cells[i + k];
            }

            cells.RemoveRange(i, n);
        }

        return string.Join(" | ", cells);
    }

    private static int MonthsBetween(DateOnly first, DateOnly end) => Math.Max(1, ((end.Year - first.Year) * 12) + end.Month - first.Month + 1);

    private static bool Joined(string text, int from, int to) => from <= to && AndOrComma().IsMatch(text[from..to]);

    private static List<Event> Events(string text, FiscalCalendar? calendar)
    {
        var events = new List<Event>();
        var taken = new bool[text.Length];

        void Add(Event e)
        {
            for (var i = e.At; i < e.End; i++)
            {
                if (taken[i])
                {
                    return;
                }
            }

            for (var i = e.At; i < e.End; i++)
            {
                taken[i] = true;
            }

            events.Add(e);
        }

        var yearRow = YearRows(text);
        foreach (Match m in JapaneseRange().Matches(text))
        {
            var first = JaDate(m.Groups["y1"].Value, m.Groups["m1"].Value, m.Groups["d1"].Value);
            var end = JaDate(m.Groups["y2"].Value, m.Groups["m2"].Value, m.Groups["d2"].Value);
            if (first is { } f && end is { } e && f <= e)
            {
                Add(new Event(EventKind.Range, m.Index, m.Index + m.Length, e.Month, e.Day, e.Year, MonthsBetween(f, e), First: f, Text: m.Value));
            }
        }

        foreach (Match m in EnglishRange().Matches(text))
        {
            var first = EnDate(m.Groups["y1"].Value, m.Groups["m1"].Value, m.Groups["d1"].Value);
            var end = EnDate(m.Groups["y2"].Value, m.Groups["m2"].Value, m.Groups["d2"].Value);
            if (first is { } f && end is { } e && f <= e)
            {
                Add(new Event(EventKind.Range, m.Index, m.Index + m.Length, e.Month, e.Day, e.Year, MonthsBetween(f, e), First: f, Text: m.Value));
            }
        }

        foreach (Match m in JapaneseDate().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (mo is < 1 or > 12 || y < 1900 || y > 2200)
            {
                continue;
            }

            var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : DateTime.DaysInMonth(y, mo);
            Add(new Event(EventKind.FullDate, m.Index, m.Index + m.Length, mo, day, y, Text: m.Value));
        }

        foreach (Match m in Phrase().Matches(text))
        {
            if (m.Groups["asof"].Success)
            {
                Add(new Event(EventKind.Instant, m.Index, m.Index + m.Length));
                continue;
            }

            var (months, weeks) = Length(m);
            Add(new Event(EventKind.Duration, m.Index, m.Index + m.Length, Months: months, Weeks: weeks));
        }

        foreach (Match m in EnglishDate().Matches(text))
        {
            var month = Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["y"].Success && yearRow.Contains(m.Groups["y"].Index))
            {
                // "December 31,2024 2023": the year opens the row of years, it is not this date's alone.
                Add(new Event(EventKind.MonthDay, m.Index, m.Groups["y"].Index, month, day));
            }
            else if (m.Groups["y"].Success)
            {
                Add(new Event(EventKind.FullDate, m.Index, m.Index + m.Length, month, day, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), Text: m.Value.Trim()));
            }
            else
            {
                Add(new Event(EventKind.MonthDay, m.Index, m.Index + m.Length, month, day));
            }
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            if (DayMonth(m) is { } date)
            {
                Add(new Event(EventKind.FullDate, m.Index, m.Index + m.Length, date.Month, date.Day, date.Year, Text: m.Value));
            }
        }

        foreach (Match m in FiscalLabel().Matches(text))
        {
            var label = m.Groups["q1"].Success ? m.Value : $"{m.Groups["q2"].Value}Q{m.Groups["y2"].Value[^2..]}";
            Add(new Event(EventKind.FiscalLabel, m.Index, m.Index + m.Length, Text: calendar is null ? m.Value : label));
        }

        var dated = events.Any(e => e.Kind is EventKind.FullDate or EventKind.Range);
        foreach (Match m in YearAlone().Matches(text))
        {
            if (dated && FiscalYearBefore().IsMatch(text[..m.Index]))
            {
                // "FY2024" over a column whose dates are printed: a name for the year, not one more year to share out.
                continue;
            }

            Add(new Event(EventKind.Year, m.Index, m.Index + m.Length, Year: int.Parse(m.Value, CultureInfo.InvariantCulture), Text: m.Value) { InYearRow = yearRow.Contains(m.Index) });
        }

        events.Sort((a, b) => a.At.CompareTo(b.At));
        return events;
    }

    /// <summary>Where years stand two or more in a row, with nothing but spaces, cell breaks or currency signs between them.</summary>
    private static HashSet<int> YearRows(string text)
    {
        var row = new HashSet<int>();
        var years = YearAlone().Matches(text).ToList();
        var run = new List<Match>();
        for (var i = 0; i <= years.Count; i++)
        {
            if (i < years.Count && run.Count > 0 && YearGap().IsMatch(text[(run[^1].Index + run[^1].Length)..years[i].Index]))
            {
                run.Add(years[i]);
                continue;
            }

            if (run.Count >= 2)
            {
                row.UnionWith(run.Select(m => m.Index));
            }

            run.Clear();
            if (i < years.Count)
            {
                run.Add(years[i]);
            }
        }

        return row;
    }

    /// <summary>
    /// A date printed in figures, <c>31/03/2025</c> or <c>03/31/2025</c> (also with dots or dashes): day first where
    /// the first number cannot be a month, month first where the second cannot; where both can, the reading that
    /// falls on a month end (a period end) if only one does; else none.
    /// </summary>
    private static DateOnly? DayMonth(Match m)
    {
        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var dayFirst = DateOf(y, b, a);
        var monthFirst = DateOf(y, a, b);
        if (dayFirst is null || monthFirst is null || dayFirst == monthFirst)
        {
            return dayFirst ?? monthFirst;
        }

        return IsMonthEnd(dayFirst.Value) == IsMonthEnd(monthFirst.Value) ? null : IsMonthEnd(dayFirst.Value) ? dayFirst : monthFirst;
    }

    private static DateOnly? EnDate(string y, string mon, string d) =>
        DateOf(int.Parse(y, CultureInfo.InvariantCulture), Array.IndexOf(MonthNames, mon[..3].ToLowerInvariant()) + 1, int.Parse(d, CultureInfo.InvariantCulture));

    private static DateOnly? JaDate(string y, string m, string d) =>
        DateOf(int.Parse(y, CultureInfo.InvariantCulture), int.Parse(m, CultureInfo.InvariantCulture), int.Parse(d, CultureInfo.InvariantCulture));

    /// <summary>The date, when the three numbers make one in the years releases print (1900 to 2200).</summary>
    private static DateOnly? DateOf(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    internal static bool IsMonthEnd(DateOnly date) => date.Day == DateTime.DaysInMonth(date.Year, date.Month);

    private static (int? Months, int? Weeks) Length(Match m)
    {
        if (m.Groups["year"].Success)
        {
            return (12, null);
        }

        if (m.Groups["quarter"].Success)
        {
            return (3, null);
        }

        if (!m.Groups["n"].Success)
        {
            return (null, null);
        }

        var n = Number(m.Groups["n"].Value);
        return m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? (null, n) : (n, null);
    }

    private static int? Number(string word)
    {
        var w = word.ToLowerInvariant().Replace('-', ' ').Replace("  ", " ", StringComparison.Ordinal);
        if (int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 60 ? n : null;
        }

        return w switch
        {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "twenty six" => 26,
            "twenty seven" => 27,
            "thirty nine" => 39,
            "forty" => 40,
            "fifty two" => 52,
            "fifty three" => 53,
            _ => null,
        };
    }

    [GeneratedRegex(@"(?<asof>\bAs[\s|]+(?:of|at)\b)|(?:\b(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|twenty[- ]six|twenty[- ]seven|thirty[- ]nine|forty|fifty[- ]two|fifty[- ]three)[- ]?[\s|]*(?<unit>months?|weeks?)[\s|]+(?:period[\s|]+)?(?:ended|ending|to)\b)|(?:\b(?<year>(?:fiscal[\s|]+)?years?)[\s|]+(?:ended|ending)\b)|(?:\b(?<quarter>quarters?)[\s|]+(?:ended|ending)\b)|(?:\b(?<period>periods?)[\s|]+(?:ended|ending)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\b(?<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s*(?<d>\d{1,2})(?!\d)(?:[ ]?,[ ]?(?<y>(?:19|20)\d\d)(?!\d)|[ ]?,)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\b(?<m1>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*(?<d1>\d{1,2}),?\s*(?<y1>(?:19|20)\d\d)\s*(?:to|through|-|–|—)\s*(?<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*(?<d2>\d{1,2}),?\s*(?<y2>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishRange();

    [GeneratedRegex(@"FY\s?'?$", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalYearBefore();

    [GeneratedRegex(@"^\s*(?:\d{1,2},?\s*(?:19|20)\d\d\)?|(?:to|through|-|–)\s+\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CellGoesOn();

    [GeneratedRegex(@"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b(?:19|20)\d\d)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CellLeftOpen();

    [GeneratedRegex(@"(?<![\d/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d\d)(?![\d/.-])")]
    private static partial Regex NumericDate();

    /// <summary>
    /// A date printed day first with a month abbreviation, as spreadsheets export it (<c>30-Sep</c>, <c>31-Dec-2024</c>),
    /// written month first (<c>Sep 30</c>, <c>Dec 31,2024</c>): the same length, so places in the heading stay where they were.
    /// </summary>
    private static string DayFirst(string text) => DayMonth().Replace(text, m =>
        m.Groups["mon"].Value + " " + m.Groups["d"].Value + (m.Groups["y"].Success ? "," + m.Groups["y"].Value : string.Empty));

    [GeneratedRegex(@"(?<![\w./-])(?<d>\d{1,2})-(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:-(?<y>(?:19|20)\d\d))?(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*日|\s*期)")]
    private static partial Regex JapaneseDate();

    [GeneratedRegex(@"自\s*(?<y1>\d{4})\s*年\s*(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*日\s*至\s*(?<y2>\d{4})\s*年\s*(?<m2>\d{1,2})\s*月\s*(?<d2>\d{1,2})\s*日")]
    private static partial Regex JapaneseRange();

    [GeneratedRegex(@"(?<q1>\b[1-4]Q\d\d\b)|(?:\bQ(?<q2>[1-4])\s*(?:FY\s*)?'?(?<y2>(?:19|20)?\d\d)\b)")]
    private static partial Regex FiscalLabel();

    [GeneratedRegex(@"(?<![\d.$])(?:19|20)\d\d(?![\d,.%年])")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"^[\s|$]*$")]
    private static partial Regex YearGap();

    [GeneratedRegex(@"^\s*(?:,|and|&|\s)*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AndOrComma();
}
