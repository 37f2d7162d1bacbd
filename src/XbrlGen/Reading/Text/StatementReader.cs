using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading.Layout;

namespace XbrlGen.Reading.Text;

/// <summary>
/// Reads the primary statements of any printed release: each is found by its title (English or Japanese), its
/// column periods, scale and currency come from the headings between the title and the first row, and its rows are
/// labels followed by as many figures as it has columns. The rows may be one per line (column layout, HTML, PDF),
/// a label and then its figures each on a line of their own (a web page copied as text), or whole rows run together
/// on one line; all are read as one stream of words and figures.
/// </summary>
internal sealed partial class StatementReader
{
    /// <summary>Labels longer than this are running text, not a row; it ends the table.</summary>
    private const int MaxLabelWidth = 260;

    private readonly PrintedDocument _document;
    private readonly FiscalCalendar? _calendar;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _cellPerLine;
    private readonly List<List<Token>> _tokens = [];
    private readonly List<string> _lineText = [];

    private StatementReader(PrintedDocument document, FiscalCalendar? calendar, DiagnosticBag diagnostics)
    {
        _document = document;
        _calendar = calendar;
        _diagnostics = diagnostics;
        _cellPerLine = document.Kind == InputKind.Text && TextLayout.Classify(document) == TextLayoutKind.CellPerLine;
    }

    /// <summary>The cleaned text of each printed line, cells joined by single spaces.</summary>
    public IReadOnlyList<string> LineText => _lineText;

    public static (IReadOnlyList<ReleaseTable> Tables, IReadOnlyList<string> Lines) Read(PrintedDocument document, FiscalCalendar? calendar, DiagnosticBag diagnostics)
    {
        if (calendar is not null)
        {
            return ReadWith(document, calendar, diagnostics);
        }

        var first = new DiagnosticBag();
        var read = ReadWith(document, null, first);
        if (first.Items.Any(d => d.Code == Codes.FiscalLabelWithoutCalendar.Code))
        {
            foreach (var candidate in CalendarsOf(read.Tables))
            {
                var trial = new DiagnosticBag();
                var again = ReadWith(document, candidate, trial);
                if (Agrees(again.Tables, trial))
                {
                    diagnostics.AddRange(trial.Items);
                    return again;
                }
            }
        }

        diagnostics.AddRange(first.Items);
        return read;
    }

    private static (IReadOnlyList<ReleaseTable> Tables, IReadOnlyList<string> Lines) ReadWith(PrintedDocument document, FiscalCalendar? calendar, DiagnosticBag diagnostics)
    {
        var reader = new StatementReader(document, calendar, diagnostics);
        reader.Tokenize();
        return (reader.ReadStatements(), reader.LineText);
    }

    /// <summary>
    /// With no fiscal calendar given, the one a release's own balance sheet implies for its fiscal labels (<c>Q1 2025</c>):
    /// the year ends on the month and day of the balance sheet's earlier date (the prior year end an interim balance
    /// sheet compares with), the year named either way.
    /// </summary>
    private static IEnumerable<FiscalCalendar> CalendarsOf(IReadOnlyList<ReleaseTable> tables)
    {
        var instants = tables.Where(t => t.Statement == StatementKind.BalanceSheet).SelectMany(t => t.Columns)
            .Where(c => c.Period is { IsDuration: false }).Select(c => c.Period!.End).Distinct().Order().ToList();
        if (instants.Count < 2)
        {
            yield break;
        }

        var end = instants[0];
        yield return new FiscalCalendar(end.Month, end.Day, FiscalYearNaming.EndYear);
        if (end.Month != 12)
        {
            yield return new FiscalCalendar(end.Month, end.Day, FiscalYearNaming.StartYear);
        }
    }

    /// <summary>
    /// Whether a calendar read from the balance sheet agrees with the release: every period heading is read with it,
    /// and the latest balance sheet date ends a period of another statement (the quarter or year the release reports).
    /// </summary>
    private static bool Agrees(IReadOnlyList<ReleaseTable> tables, DiagnosticBag diagnostics)
    {
        var latest = tables.Where(t => t.Statement == StatementKind.BalanceSheet).SelectMany(t => t.Columns)
            .Where(c => c.Period is { IsDuration: false }).Select(c => c.Period!.End).DefaultIfEmpty().Max();
        return !diagnostics.Items.Any(d => d.Code == Codes.StatementPeriodsUnreadable.Code || d.Code == Codes.FiscalLabelWithoutCalendar.Code)
            && tables.Where(t => t.Statement != StatementKind.BalanceSheet).SelectMany(t => t.Columns).Any(c => c.Period is { IsDuration: true } p && p.End == latest);
    }

    private void Tokenize()
    {
        var perChar = _document.Kind == InputKind.Text;
        for (var i = 0; i < _document.Lines.Count; i++)
        {
            var line = _document.Lines[i];
            var tokens = new List<Token>();
            var sb = new StringBuilder();
            for (var c = 0; c < line.Cells.Count; c++)
            {
                var cell = line.Cells[c];
                var text = FigureTokens.Prepare(TextCleaner.Clean(cell.Text));
                if (text.Length == 0)
                {
                    continue;
                }

                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                tokens.AddRange(FigureTokens.Cut(text, i, c, sb.Length, cell.Left, cell.Right, perChar));
                sb.Append(text);
            }

            _tokens.Add(tokens);
            _lineText.Add(sb.ToString());
        }
    }

    // ---- Titles ------------------------------------------------------------------------------------------------

    /// <summary>A statement's title: its line, where the title starts (its enumerator included) and ends there, and what it names.</summary>
    private sealed record Title(int Line, int End, StatementKind Kind, string Text, Language Language)
    {
        public int Start { get; init; } = End - Text.Length - 1;

        /// <summary>A table of contents' entry (the title, then its page number): it ends the statement before it and reads none.</summary>
        public bool IsContents { get; init; }
    }

    private List<Title> FindTitles()
    {
        var titles = new List<Title>();
        for (var i = 0; i < _lineText.Count; i++)
        {
            var text = _lineText[i];
            if (text.Length == 0)
            {
                continue;
            }

            foreach (Match m in EnglishTitle().Matches(text))
            {
                var capitalized = Capitalized(m.Value);
                if (!capitalized && !StandsAlone(text, m))
                {
                    continue;
                }

                var title = new Title(i, m.Index + m.Length, KindOf(m.Value), TextCleaner.NormalizeSpaces(m.Value), Language.En) { IsContents = IsContentsEntry(i, m.Index + m.Length) };
                titles.Add(capitalized ? title : title with { Start = 0 });
            }

            foreach (Match m in JapaneseTitle().Matches(text))
            {
                // A title stands at the start of its line, or after a company name; a statement named in a sentence does not.
                if (m.Index > 0 && text[..m.Index].Contains('。', StringComparison.Ordinal))
                {
                    continue;
                }

                titles.Add(new Title(i, m.Index + m.Length, JapaneseKind(m.Value), m.Value, Language.Ja));
            }
        }

        return titles;
    }

    /// <summary>
    /// A title followed on its line by a page number and no other figure than the dates it names
    /// (<c>Condensed Consolidated Balance Sheets as of September 30, 2023 ... 3</c>, <c>Balance Sheets ........ 3</c>):
    /// an entry of a table of contents.
    /// </summary>
    private bool IsContentsEntry(int line, int titleEnd)
    {
        if (!PageAtEnd().IsMatch(_lineText[line][titleEnd..]))
        {
            return false;
        }

        var figures = _tokens[line].Where(t => t.Offset >= titleEnd && t.Kind is TokenKind.Figure or TokenKind.OpenFigure);
        return figures.Count(f => !YearToken().IsMatch(f.Text) && !DayWord().IsMatch(f.Text)) <= 1;
    }

    /// <summary>
    /// A line of an HTML page outside its tables that ends with a page number after words (<c>Apple Inc. | Q2 2025
    /// Form 10-Q | 1</c>): the page's footer, printed between two parts of a statement or after it; no row.
    /// </summary>
    private bool IsPageFooter(int line) =>
        _document.Kind == InputKind.Html && !_document.Lines[line].IsTableRow && _tokens[line] is { Count: > 1 } tokens
        && tokens[^1].Kind == TokenKind.Figure && PageNumber().IsMatch(tokens[^1].Text)
        && tokens.Take(tokens.Count - 1).Any(t => t.Kind == TokenKind.Word)
        && tokens.Take(tokens.Count - 1).All(t => t.Kind == TokenKind.Word || YearToken().IsMatch(t.Text));

    /// <summary>
    /// The text of the line where the rows would start, when it is a line of day ranges rather than a row: two month-days
    /// or more, and no figure but their days (<c>Predecessor July 1 to July 21 | Successor July 22 to September 30</c>).
    /// </summary>
    private string? DayRangeRow(List<Token> stream, int start)
    {
        if (start >= stream.Count)
        {
            return null;
        }

        var line = stream[start].Line;
        var figures = _tokens[line].Where(t => t.Kind is TokenKind.Figure or TokenKind.OpenFigure).ToList();
        return MonthDay().Count(_lineText[line]) >= 2 && figures.Count > 0 && figures.All(f => DayWord().IsMatch(f.Text))
            ? _lineText[line]
            : null;
    }

    /// <summary>A line of an HTML page outside its tables with a figure other than a year.</summary>
    private bool IsFiguresOutsideTable(int line) =>
        _document.Kind == InputKind.Html && !_document.Lines[line].IsTableRow
        && _tokens[line].Any(t => t.Kind is TokenKind.Figure or TokenKind.OpenFigure && !YearToken().IsMatch(t.Text));

    /// <summary>A note's marker opening a table row, words after it in its cell (<c>(1) Derived from audited financial statements.</c>): a word of the note.</summary>
    private bool IsFootnoteMarker(Token t) =>
        t.Kind == TokenKind.Figure && IsMarker(t.Text) && _document.Lines[t.Line].IsTableRow
        && _tokens[t.Line] is { Count: > 1 } line && line[0] == t && line[1].Cell == t.Cell && line[1].Kind == TokenKind.Word;

    /// <summary>A table row of figures with no word (a subtotal printed under its items without a label).</summary>
    private bool IsUnlabeledTableRow(int line) =>
        _document.Lines[line].IsTableRow && _tokens[line].All(t => t.Kind != TokenKind.Word);

    /// <summary>A title is printed in capitals or with its words capitalized; a sentence that names a statement is not.</summary>
    private static bool Capitalized(string title) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Length <= 3 || !char.IsLetter(w.TrimStart('(')[0]) || char.IsUpper(w.TrimStart('(')[0]));

    /// <summary>
    /// A title in sentence case ("Condensed consolidated income statement", "a. Consolidated statement of financial
    /// position") is a line of its own: nothing before it but an enumerator (<c>a.</c>, <c>(1)</c>, <c>2.</c>), nothing
    /// after it but qualifiers in parentheses ("(unaudited)", "(continued)"), its first letter a capital, and no full
    /// stop. A sentence that names a statement, or a line of running text wrapped around one, is not a title.
    /// </summary>
    private static bool StandsAlone(string line, Match title) =>
        char.IsUpper(title.Value[0])
        && Enumerator().IsMatch(line[..title.Index])
        && Qualifiers().IsMatch(line[(title.Index + title.Length)..]);

    private static StatementKind KindOf(string title)
    {
        var t = title.ToLowerInvariant();
        if (t.Contains("cash flow", StringComparison.Ordinal))
        {
            return StatementKind.CashFlows;
        }

        if (t.Contains("balance sheet", StringComparison.Ordinal) || t.Contains("financial position", StringComparison.Ordinal) || t.Contains("financial condition", StringComparison.Ordinal)
            || t.Contains("statements of condition", StringComparison.Ordinal) || t.Contains("statement of condition", StringComparison.Ordinal))
        {
            return StatementKind.BalanceSheet;
        }

        if (t.Contains("equity", StringComparison.Ordinal) || t.Contains("deficit", StringComparison.Ordinal))
        {
            return StatementKind.Equity;
        }

        var comprehensive = t.IndexOf("comprehensive", StringComparison.Ordinal);
        var of = t.IndexOf(" of ", StringComparison.Ordinal);
        return comprehensive >= 0 && (of < 0 || comprehensive < of + 5) ? StatementKind.ComprehensiveIncome : StatementKind.Income;
    }

    private static StatementKind JapaneseKind(string title) =>
        title.Contains("キャッシュ", StringComparison.Ordinal) ? StatementKind.CashFlows
        : title.Contains("貸借対照表", StringComparison.Ordinal) || title.Contains("財政状態", StringComparison.Ordinal) ? StatementKind.BalanceSheet
        : title.Contains("変動計算書", StringComparison.Ordinal) ? StatementKind.Equity
        : title.Contains("損益", StringComparison.Ordinal) ? StatementKind.Income
        : StatementKind.ComprehensiveIncome;

    // ---- Statements --------------------------------------------------------------------------------------------

    private List<ReleaseTable> ReadStatements()
    {
        var titles = FindTitles();
        var tables = new List<ReleaseTable>();
        var pending = new List<(ReleaseTable Table, int Column, string Heading)>();
        var inWeeks = new List<(ReleaseTable Table, int Column)>();
        for (var k = 0; k < titles.Count; k++)
        {
            var title = titles[k];
            var next = k + 1 < titles.Count ? titles[k + 1] : null;
            var stream = Stretch(title, next).ToList();
            var table = title.IsContents ? null : ReadStatement(title, stream, pending, inWeeks);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        var weeksInferred = inWeeks.Select(w => (tables.FindIndex(t => ReferenceEquals(t, w.Table)), w.Column)).ToHashSet();

        // Columns whose length the headings leave open ("For the Period Ended"): another statement's column ending the same day tells it.
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var columns = table.Columns.ToList();
            var changed = false;
            foreach (var (owner, index, heading) in pending.Where(p => ReferenceEquals(p.Table, table)))
            {
                var end = columns[index].Period!.End;
                var months = table.Title.Contains("四半期", StringComparison.Ordinal) && owner.Statement != StatementKind.CashFlows ? 3
                    : tables.SelectMany(o => o.Columns).Where(c => c.Period is { IsDuration: true } p && p.End == end).Select(c => c.Period!.Months).Max();
                if (months is null && YearToDate(end) is { } toDate)
                {
                    // No length anywhere: a summary statement dated by its last day alone runs from the fiscal year's start.
                    months = toDate;
                    if (!changed)
                    {
                        _diagnostics.Report(Codes.StatementPeriodsYearToDate, table.HeadingSpan, table.Title, heading.Trim(), toDate, Period.Iso(PeriodHeadings.Flow(end, toDate).Start), YearToDateCalendar.YearEndGMonthDay);
                    }
                }

                if (months is null)
                {
                    if (!changed)
                    {
                        _diagnostics.Report(Codes.StatementPeriodsUnreadable, table.HeadingSpan, table.Title, heading.Trim(), "a length ('Three Months Ended', 'Year Ended', 'Thirteen Weeks Ended') with the dates; " + PeriodHeadings.FormsRead);
                    }

                    columns[index] = columns[index] with { Period = null };
                }
                else
                {
                    columns[index] = columns[index] with { Period = PeriodHeadings.Flow(end, months.Value) };
                    if (columns[index].Period!.FirstDay is not null)
                    {
                        weeksInferred.Add((t, index));
                    }
                }

                changed = true;
            }

            if (changed)
            {
                tables[t] = table with { Columns = columns };
            }
        }

        return FiftyThreeWeeks(tables, weeksInferred);
    }

    private static readonly FiscalCalendar CalendarYear = new(12, 31, FiscalYearNaming.EndYear);

    /// <summary>
    /// The months from the start of the fiscal year (the mapping's, else the calendar year) to <paramref name="end"/>, a
    /// month end; null for a day that is not a month end or a calendar in weeks, whose year to date months cannot count.
    /// </summary>
    private FiscalCalendar YearToDateCalendar => _calendar ?? CalendarYear;

    private int? YearToDate(DateOnly end)
    {
        var calendar = YearToDateCalendar;
        return calendar.IsWeekCalendar || !PeriodHeadings.IsMonthEnd(end) ? null : ((end.Month - calendar.YearEndMonth + 11) % 12) + 1;
    }

    /// <summary>
    /// Periods read in whole weeks from a length in months (<see cref="PeriodHeadings.Flow"/>) that start one week
    /// later than the end of the period before them printed in the release (a balance sheet at the prior fiscal year
    /// end, a year's column): that year has 53 weeks, and the period starts the day after that end.
    /// </summary>
    private static List<ReleaseTable> FiftyThreeWeeks(List<ReleaseTable> tables, HashSet<(int Table, int Column)> weeksInferred)
    {
        var ends = tables.SelectMany(t => t.Columns).Where(c => c.Period is not null).Select(c => c.Period!.End).ToHashSet();
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var columns = table.Columns.ToList();
            var changed = false;
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Period is { FirstDay: { } first } period && weeksInferred.Contains((t, i)) && ends.Contains(first.AddDays(-8)))
                {
                    columns[i] = columns[i] with { Period = period with { FirstDay = first.AddDays(-7) } };
                    changed = true;
                }
            }

            if (changed)
            {
                tables[t] = table with { Columns = columns };
            }
        }

        return tables;
    }

    /// <summary>The tokens after a title, up to the next title, running text, or a new table's heading.</summary>
    private IEnumerable<Token> Stretch(Title title, Title? next)
    {
        var inTable = false;
        for (var i = title.Line; i < _tokens.Count; i++)
        {
            inTable |= i > title.Line && _document.Lines[i].IsTableRow && _document.Kind == InputKind.Html;
            if (next is not null && i > next.Line)
            {
                yield break;
            }

            if (i > title.Line && IsPageFooter(i))
            {
                continue;
            }

            if (inTable && IsFiguresOutsideTable(i))
            {
                // A page's tables are its statements' rows; figures in the text after them ("Note 1 – ...") are none.
                yield break;
            }

            var line = _tokens[i];
            var isProse = line.Count > 0 && line.All(t => t.Kind == TokenKind.Word) && TextCleaner.DisplayWidth(_lineText[i]) > MaxLabelWidth;
            if (i > title.Line && (isProse || _lineText[i].StartsWith("---", StringComparison.Ordinal)))
            {
                yield break;
            }

            foreach (var t in line)
            {
                if (i == title.Line && t.Offset < title.End)
                {
                    continue;
                }

                if (next is not null && i == next.Line && t.Offset >= next.Start)
                {
                    yield break;
                }

                yield return t;
            }
        }
    }

    private ReleaseTable? ReadStatement(Title title, List<Token> stream, List<(ReleaseTable, int, string)> pending, List<(ReleaseTable, int)> inWeeks)
    {
        // The heading: period phrases, dates, years, scale and currency, up to the first word of a label.
        var h = 0;
        while (h < stream.Count && (IsHeadingToken(stream, h) || IsParentheticalLine(stream[h].Line) || IsPeriodRow(stream[h].Line) || IsCaptionRow(stream[h].Line)))
        {
            h++;
        }

        if (h == 0 || h >= stream.Count)
        {
            return null;
        }

        var heading = HeadingText(stream, 0, h);
        if (!PeriodHeadings.LooksLikePeriods(heading))
        {
            return null;
        }

        var headingColumns = ReadGroupedHeading(stream, h, title.Kind) ?? PeriodHeadings.Read(heading, title.Kind, _calendar);
        if (title.Kind != StatementKind.BalanceSheet && headingColumns.Any(c => c.LengthUnknown) && LengthAbove(title.Line) is { } above)
        {
            // "Three Months Ended" printed over the title, the dates under it: the heading block starts above the title.
            heading = above + " | " + heading;
            headingColumns = PeriodHeadings.Read(heading, title.Kind, _calendar);
        }
        var span = new SourceSpan(_document.File, LineNumber(title.Line), 1);
        if (headingColumns.Count == 0)
        {
            _diagnostics.Report(Codes.StatementPeriodsUnreadable, span, title.Text, heading.Trim(), PeriodHeadings.FormsRead);
            return null;
        }

        if (DayRangeRow(stream, h) is { } ranges)
        {
            // Columns printed as ranges of days under the headings ("Predecessor July 1 to July 21"): not read, and no row.
            _diagnostics.Report(Codes.StatementPeriodsUnreadable, span, title.Text, heading.Trim() + " | " + ranges, PeriodHeadings.FormsRead);
            return null;
        }

        var unreadable = headingColumns.Where(c => c.Period is null).Select(c => c.PeriodText).Distinct().ToList();
        foreach (var missing in unreadable.Where(m => FiscalLabelText().IsMatch(m)))
        {
            _diagnostics.Report(Codes.FiscalLabelWithoutCalendar, span, missing);
        }

        if (unreadable.Any(m => !FiscalLabelText().IsMatch(m)))
        {
            _diagnostics.Report(Codes.StatementPeriodsUnreadable, span, title.Text, heading.Trim(), PeriodHeadings.FormsRead);
        }

        var context = _lineText[title.Line][title.End..] + " " + heading;
        var scale = ScaleOf(context);
        var currency = CurrencyOf(context) ?? stream.Skip(h).Where(t => t.Kind == TokenKind.Currency).Select(t => CurrencyOf(t.Text)).FirstOrDefault(c => c is not null) ?? DocumentCurrency();
        var exceptShares = ExceptShares().IsMatch(context);
        var hasNotes = NotesWord().IsMatch(heading);
        var columns = headingColumns.Select((c, i) => new Column(i, ColumnKind.Amount, currency, c.PeriodText, c.Period)).ToList();

        // "(Millions of yen) | (Millions of yen) | (Thousands of U.S. dollars)": a unit over each column, each its own.
        var units = heading.Split(" | ").Where(c => ScalePhrase().IsMatch(c)).ToList();
        if (units.Count == columns.Count && units.Distinct().Count() > 1)
        {
            scale = ScaleOf(units[0]);
            columns = columns.Select((c, i) => c with { Currency = CurrencyOf(units[i]) ?? currency, Scale = ScaleOf(units[i]) == scale ? null : ScaleOf(units[i]) }).ToList();
        }

        var positions = ColumnPositions(stream, h, columns.Count);
        var notes = _cellPerLine ? null : stream.Take(h).FirstOrDefault(t => NotesWord().IsMatch(t.Text) && t.Text.Length <= 6);
        var headingLines = stream.Take(h).Select(t => t.Line).Where(l => l != title.Line).Select(l => _lineText[l]).ToHashSet(StringComparer.Ordinal);
        var unread = new List<UnreadRow>();
        var rows = ReadRows(stream, h, columns.Count, positions, hasNotes, scale, exceptShares, notes, headingLines, SharesScaleOf(context), unread);
        if (rows.Count == 0 && unread.Count == 0)
        {
            return null;
        }

        // A table none of whose rows fit its columns (an equity statement printed as a grid) is kept with no rows: what
        // its rows mean is the caller's to say (ReleaseChecks.UnreadRows), an error only in a table it files.

        var language = title.Language;
        var table = new ReleaseTable(string.Empty, language, title.Text, scale, null, columns, rows, span) { Statement = title.Kind, UnreadRows = unread };
        for (var i = 0; i < headingColumns.Count; i++)
        {
            if (headingColumns[i].LengthUnknown)
            {
                pending.Add((table, i, heading));
            }

            if (headingColumns[i].WeeksInferred)
            {
                inWeeks.Add((table, i));
            }
        }

        return table;
    }

    /// <summary>
    /// The line just above a title (or the one above that, past a blank), when it is heading words that print a
    /// period's length and nothing else; null otherwise.
    /// </summary>
    private string? LengthAbove(int titleLine)
    {
        for (var l = titleLine - 1; l >= 0 && l >= titleLine - 2; l--)
        {
            var tokens = _tokens[l];
            if (tokens.Count == 0)
            {
                continue;
            }

            return Enumerable.Range(0, tokens.Count).All(j => IsHeadingToken(tokens, j)) && PeriodHeadings.HasLength(_lineText[l]) ? _lineText[l] : null;
        }

        return null;
    }

    private int LineNumber(int index) => _document.Lines[index].Span.Line;

    private static string HeadingText(List<Token> stream, int from, int to)
    {
        var sb = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            if (i > from)
            {
                sb.Append(stream[i].Line == stream[i - 1].Line && stream[i].Cell == stream[i - 1].Cell ? " " : " | ");
            }

            sb.Append(stream[i].Text);
        }

        return sb.ToString();
    }

    private static bool IsHeadingToken(List<Token> stream, int i)
    {
        var t = stream[i];
        switch (t.Kind)
        {
            case TokenKind.Currency:
                return true;
            case TokenKind.Figure:
                return YearToken().IsMatch(t.Text) || FiscalToken().IsMatch(t.Text) || DateInFigures().IsMatch(t.Text) || DayMonthToken().IsMatch(t.Text);
            case TokenKind.OpenFigure or TokenKind.Close:
                return false;
        }

        if (HeadingCjk().IsMatch(t.Text) && !t.Text.Contains("株当たり", StringComparison.Ordinal))
        {
            return true;
        }

        if (DayWord().IsMatch(t.Text) || FiscalToken().IsMatch(t.Text) || DateInFigures().IsMatch(t.Text) || DayMonthToken().IsMatch(t.Text) || CurrencyScaleToken().IsMatch(t.Text) || t.Text.Contains("'000", StringComparison.Ordinal))
        {
            return true;
        }

        // "(In", "thousands,", "amounts)(Unaudited)": every word of the token is a heading word. A token of letters
        // that are no Latin words (a Japanese label, 売上高) is not a heading word; one of signs alone is neutral.
        var parts = WordParts().Matches(t.Text.ToLowerInvariant());
        if (parts.Count == 0)
        {
            return !t.Text.Any(char.IsLetter);
        }

        return parts.All(p => HeadingWords.Contains(p.Value) || Months.Contains(p.Value) || YearToken().IsMatch(p.Value) || DayWord().IsMatch(p.Value));
    }

    /// <summary>
    /// A line printed wholly in parentheses and without figures, between a title and its column headings
    /// (<c>(In millions, except number of shares, which are reflected in thousands, and per-share amounts)</c>,
    /// <c>(Unaudited)</c>): part of the heading, whatever its words.
    /// </summary>
    private bool IsParentheticalLine(int line)
    {
        var text = _lineText[line].Trim();
        return text.Length > 2 && text[0] == '(' && text[^1] == ')' && _tokens[line].All(t => t.Kind is TokenKind.Word or TokenKind.Close or TokenKind.Currency || YearToken().IsMatch(t.Text));
    }

    /// <summary>
    /// A table row of column headings that opens with a word in the label column (<c>ASSETS | November 2, 2024 |
    /// February 3, 2024 (1) | October 28, 2023</c>): the other cells are dates, years or lengths (a note's marker
    /// after one allowed), and the first cell has no figure.
    /// </summary>
    private bool IsPeriodRow(int line)
    {
        var tokens = _tokens[line];
        if (!_document.Lines[line].IsTableRow || tokens.Count == 0)
        {
            return false;
        }

        var labelCell = tokens[0].Cell;
        var rest = tokens.Where(t => t.Cell != labelCell).ToList();
        return rest.Count > 0 && tokens.Where(t => t.Cell == labelCell).All(t => t.Kind == TokenKind.Word)
            && rest.Select((t, i) => IsHeadingToken(rest, i) || (i > 0 && rest[i - 1].Cell == t.Cell && MarkerFigure().IsMatch(t.Text))).All(h => h)
            && PeriodHeadings.LooksLikePeriods(string.Join(' ', rest.Select(t => t.Text)));
    }

    /// <summary>
    /// A row of an HTML table that captions its columns in words and leaves the label column empty
    /// (<c>| Successor | Predecessor</c>, <c>| Actual | Pro forma</c>): part of the heading above the dates.
    /// </summary>
    private bool IsCaptionRow(int line)
    {
        var tokens = _tokens[line];
        return _document.Kind == InputKind.Html && _document.Lines[line].IsTableRow && tokens.Count > 0
            && tokens.All(t => t.Kind == TokenKind.Word && t.Left > 0) && tokens.Select(t => t.Cell).Distinct().Count() >= 2;
    }

    private static readonly HashSet<string> HeadingWords = new(StringComparer.Ordinal)
    {
        "for", "the", "three", "six", "nine", "twelve", "thirteen", "fourteen", "twenty-six", "thirty-nine", "fifty-two", "fifty-three", "twenty", "thirty", "fifty",
        "month", "months", "week", "weeks", "ended", "ending", "year", "years", "fiscal", "quarter", "quarters", "period", "periods", "as", "of", "at", "and", "to", "from",
        "unaudited", "audited", "restated", "in", "thousands", "millions", "billions", "except", "per", "share", "shares", "data", "amounts", "amount", "number",
        "notes", "note", "usd", "jpy", "eur", "nok", "gbp", "yen", "u.s", "us", "dollars", "dollar", "currency", "expressed", "stated", "otherwise", "unless",
        "first", "second", "third", "fourth", "q1", "q2", "q3", "q4", "fy", "ytd", "year-to-date", "cumulative", "prior", "current", "date", "dates", "all",
        "—", "-", "%", "unit", "units", "amounts)", "s",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    // ---- Rows --------------------------------------------------------------------------------------------------

    /// <summary>Where each column's figures end on the line (the right edge of its year or date heading), for rows that leave a column blank.</summary>
    private double[]? ColumnPositions(List<Token> stream, int headingEnd, int count)
    {
        if (_cellPerLine)
        {
            return null;
        }

        var years = stream.Take(headingEnd).Where(t => t.Kind == TokenKind.Figure && YearToken().IsMatch(t.Text)).ToList();
        return years.Count == count ? years.Select(t => t.Right).ToArray() : null;
    }

    private List<ReleaseRow> ReadRows(List<Token> stream, int start, int columns, double[]? positions, bool hasNotes, int? scale, bool exceptShares, Token? notes, HashSet<string> headingLines, int? sharesScale, List<UnreadRow> unread)
    {
        var rows = new List<ReleaseRow>();
        var label = new List<Token>();
        var figures = new List<Token>();
        string? section = null;
        var source = new List<Token>();

        // The currency sign printed before a figure, for a figure that turns out to be part of a label ("of $17 and $23").
        var signs = new Dictionary<Token, string>();

        // The line of the last row's figures: a line of words in lower case right under it is the rest of its label.
        int? rowLine = null;

        void Emit()
        {
            if (label.Count == 0)
            {
                if (figures.Count > 0)
                {
                    _diagnostics.Report(Codes.OrphanFigures, At(figures[0]), string.Join(' ', figures.Select(f => f.Text)));
                }

                return;
            }

            var labelText = CleanLabel(string.Join(' ', label.Select(t => t.Text)), hasNotes);
            var colon = SectionColon().Match(labelText);
            if (colon.Success)
            {
                section = colon.Groups["section"].Value.Trim();
                labelText = colon.Groups["rest"].Value.Trim();
            }

            if (figures.Count == 0)
            {
                if (!_cellPerLine && rows.Count > 0 && label[0].Line == rowLine + 1 && label.All(l => l.Line == label[0].Line)
                    && labelText.Length > 0 && char.IsLower(labelText[0]) && labelText[0] < '\u0080')
                {
                    // "Net cash provided by (used in) operating | 185,705 | ..." then "activities": a label wrapped after its figures.
                    rows[^1] = rows[^1] with { Label = rows[^1].Label + " " + labelText, Source = rows[^1].Source + " " + labelText };
                    rowLine = null;
                    return;
                }

                if (labelText.Length > 0)
                {
                    section = labelText.TrimEnd(':', '：').Trim();
                }

                return;
            }

            var figs = figures.ToList();
            if (figs.Count == columns + 1 && YearToken().IsMatch(figs[0].Text) && DateBeforeYear().IsMatch(labelText))
            {
                // "... as of December 31, 2023" then the figures: the year ends the label.
                labelText += " " + figs[0].Text;
                figs.RemoveAt(0);
            }
            else if (figs.Count == columns + 1 && IsMarker(figs[0].Text))
            {
                figs.RemoveAt(0);
            }

            if (_cellPerLine && figs.Count > columns && figs.Count % columns == 0)
            {
                // A cell a line, and a row of figures with a blank label after this one (an unlabeled subtotal): the
                // first set is this row's, the others are left out with a warning, not the whole table.
                _diagnostics.Report(Codes.UnlabeledFigures, At(figs[columns]), labelText, string.Join(' ', figs.Skip(columns).Select(f => f.Text)));
                figs.RemoveRange(columns, figs.Count - columns);
            }

            var values = new Dictionary<int, PrintedNumber>();
            if (figs.Count == columns)
            {
                for (var j = 0; j < figs.Count; j++)
                {
                    values[j] = Parse(figs[j]);
                }
            }
            else if (figs.Count < columns && positions is not null && figs.All(f => f.Line == figs[0].Line))
            {
                foreach (var f in figs)
                {
                    var nearest = Enumerable.Range(0, positions.Length).MinBy(j => Math.Abs(positions[j] - f.Right));
                    values.TryAdd(nearest, Parse(f));
                }
            }
            else
            {
                unread.Add(new UnreadRow(labelText, figs.Count, columns, At(label[0])));
                return;
            }

            var (unit, figureScale) = FigureUnits.Of(section, labelText, values.Values, scale, exceptShares);
            if (unit == FigureUnit.Shares && sharesScale is not null)
            {
                figureScale = sharesScale;
            }
            if (unit == FigureUnit.Currency && rows.Count > 0 && BasicOrDilutedAlone().IsMatch(labelText) && rows[^1].Unit != FigureUnit.Currency)
            {
                // "Net loss per common share Basic ..." then "Diluted ...": the second takes the first's unit.
                (unit, figureScale) = (rows[^1].Unit, rows[^1].FigureScale);
            }

            var first = label[0];
            rowLine = figs[^1].Line;
            rows.Add(new ReleaseRow(labelText, section, values, At(first))
            {
                Unit = unit,
                FigureScale = figureScale,
                Source = string.Join(' ', source.Select(t => t.Text)).Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal),
                Page = _document.Lines[first.Line].Page,
            });
        }

        void Reset()
        {
            signs.Clear();
            label.Clear();
            figures.Clear();
            source.Clear();
        }

        for (var i = start; i < stream.Count; i++)
        {
            var t = stream[i];
            if ((rows.Count > 0 || figures.Count > 0) && (i == 0 || stream[i - 1].Line != t.Line) && headingLines.Contains(_lineText[t.Line]))
            {
                Emit();
                Reset();

                // The statement's heading printed again at the top of its next page: read over, the rows go on.
                while (i + 1 < stream.Count && stream[i + 1].Line == t.Line)
                {
                    i++;
                }

                continue;
            }

            if (notes is not null && t.Left <= notes.Right && t.Right >= notes.Left && NoteReference().IsMatch(t.Text))
            {
                // "5,16,34" under the Notes heading: the notes a row refers to, on its line or the next; no figure.
                source.Add(t);
                continue;
            }

            if (IsUnlabeledTableRow(t.Line) && (figures.Count >= columns || (label.Count == 0 && figures.Count == 0)))
            {
                // A subtotal printed without a label under the rows it adds: no line item to give its figures to.
                continue;
            }

            if (IsFootnoteMarker(t))
            {
                t = t with { Kind = TokenKind.Word };
            }

            switch (t.Kind)
            {
                case TokenKind.Currency:
                    source.Add(t);
                    if (i + 1 < stream.Count && stream[i + 1].Kind is TokenKind.Figure or TokenKind.Word && stream[i + 1].Line == t.Line && char.IsDigit(stream[i + 1].Text[0]))
                    {
                        signs[stream[i + 1]] = t.Text;
                    }

                    continue;
                case TokenKind.Close:
                    source.Add(t);
                    continue;
                case TokenKind.OpenFigure:
                    if (label.Count == 0)
                    {
                        // "(" opening a label such as "(Loss) income": a word after all.
                        goto default;
                    }

                    var close = i + 1;
                    while (close < stream.Count && stream[close].Kind == TokenKind.Currency)
                    {
                        close++;
                    }

                    figures.Add(close < stream.Count && stream[close].Kind == TokenKind.Close ? t with { Text = t.Text + ")", Kind = TokenKind.Figure } : t);
                    source.Add(t);
                    continue;
                case TokenKind.Figure:
                    if (IsPageNumber(t, columns) && (figures.Count >= columns || (label.Count == 0 && figures.Count == 0)))
                    {
                        // A page's number printed between two tables (or two pages of one) is no row's figure.
                        continue;
                    }

                    if (label.Count == 0 && figures.Count == 0)
                    {
                        figures.Add(t);
                        source.Add(t);
                        continue;
                    }

                    figures.Add(t);
                    source.Add(t);
                    continue;
                default:
                    if (figures.Count > 0)
                    {
                        var lastFigure = figures[^1];
                        var sameLine = lastFigure.Line == t.Line;
                        if (figures.Count < columns && sameLine && label.Count > 0 && figures.Count(f => f.Text.Length > 1 && f.Text[0] == '-') >= columns - figures.Count)
                        {
                            // "party -501,591Current": a dash for zero run into the next figure.
                            SplitDashes(figures, columns);
                        }

                        if (figures.Count < columns && sameLine && label.Count > 0 && (positions is null || _cellPerLine || lastFigure.Cell == t.Cell))
                        {
                            // Figures inside a label ("25,000,000 shares authorized"): part of it.
                            label.AddRange(figures.Select(f => signs.TryGetValue(f, out var sign) ? f with { Text = sign + f.Text } : f));
                            figures.Clear();
                            label.Add(t);
                            source.Add(t);
                            continue;
                        }

                        Emit();
                        Reset();
                    }
                    else if (label.Count > 0 && t.Line != label[^1].Line && !IsContinuation(t.Text, label))
                    {
                        // A label line without figures, then a new label: the first was a section heading.
                        Emit();
                        Reset();
                    }

                    label.Add(label.Count > 0 && signs.TryGetValue(t, out var signed) ? t with { Text = signed + t.Text } : t);
                    source.Add(t);
                    var labelSoFar = string.Join(' ', label.Select(l => l.Text));
                    if (TextCleaner.DisplayWidth(labelSoFar) > MaxLabelWidth || (rows.Count > 0 && NewTableHeading().IsMatch(labelSoFar)))
                    {
                        // Running text, or the heading of another table ("Three Months Ended", "(in thousands)"): the statement has ended.
                        Reset();
                        return rows;
                    }

                    continue;
            }
        }

        Emit();
        return rows;
    }

    /// <summary>Figures printed <c>-501,591</c> where a dash for zero ran into the next figure: cut apart, from the first, until the row has its columns.</summary>
    private static void SplitDashes(List<Token> figures, int columns)
    {
        for (var i = 0; i < figures.Count && figures.Count < columns; i++)
        {
            var f = figures[i];
            if (f.Text.Length > 1 && f.Text[0] == '-' && char.IsDigit(f.Text[1]))
            {
                figures[i] = f with { Text = "-", Right = f.Left };
                figures.Insert(i + 1, f with { Text = f.Text[1..], Left = f.Left + 1 });
                i++;
            }
        }
    }

    /// <summary>
    /// A small whole number alone on its line, where a statement of two columns or more has its figures in rows: a page
    /// number. Text with one cell per line prints every figure alone; there it is a figure.
    /// </summary>
    private bool IsPageNumber(Token t, int columns) =>
        !_cellPerLine && columns >= 2 && _tokens[t.Line].Count == 1 && PageNumber().IsMatch(t.Text);

    private SourceSpan At(Token t) => new(_document.File, LineNumber(t.Line), (int)Math.Max(1, t.Offset + 1));

    private static bool IsContinuation(string word, List<Token> label) =>
        word.Length > 0 && char.IsLower(word[0]) && word[0] < '\u0080' && !label[^1].Text.EndsWith(':');

    private static bool IsMarker(string text) => MarkerFigure().IsMatch(text);

    private static PrintedNumber Parse(Token t)
    {
        if (FigureTokens.IsDash(t.Text))
        {
            return new PrintedNumber(t.Text, 0m, 0, false, true);
        }

        return PrintedNumber.TryParse(t.Text) ?? new PrintedNumber(t.Text, 0m, 0, false, true);
    }

    private static string CleanLabel(string label, bool hasNotes)
    {
        var s = label.Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);
        s = TrailingMarker().Replace(s, string.Empty);
        if (hasNotes)
        {
            s = TrailingNotes().Replace(s, string.Empty);
        }

        return s.Trim().TrimEnd('.', ',', ';', ':', '：').Trim();
    }

    private string? DocumentCurrency()
    {
        foreach (var line in _tokens)
        {
            foreach (var t in line)
            {
                if (t.Kind == TokenKind.Currency)
                {
                    return CurrencyOf(t.Text);
                }
            }
        }

        return null;
    }

    private static int? ScaleOf(string text)
    {
        var m = ScalePhrase().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var v = m.Value.ToLowerInvariant();
        return v.Contains("billion", StringComparison.Ordinal) || v.Contains("十億", StringComparison.Ordinal) ? 9
            : v.Contains("億円", StringComparison.Ordinal) ? 8
            : v.Contains("million", StringComparison.Ordinal) || v.Contains("百万", StringComparison.Ordinal) || v.EndsWith('m') ? 6
            : 3;
    }

    /// <summary>
    /// The scale the heading gives the share counts apart from the amounts (<c>(In millions, except number of shares,
    /// which are reflected in thousands, and per-share amounts)</c>), or null where it gives none.
    /// </summary>
    private static int? SharesScaleOf(string text)
    {
        var m = SharesInScale().Match(text);
        return !m.Success ? null : m.Groups["scale"].Value.StartsWith("m", StringComparison.OrdinalIgnoreCase) ? 6 : 3;
    }

    private static string? CurrencyOf(string text)
    {
        var m = CurrencyWord().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var v = m.Value.ToLowerInvariant();
        return v switch
        {
            _ when v.Contains("yen", StringComparison.Ordinal) || v.Contains('円') || v.Contains('¥') || v.Contains('￥') || v.StartsWith("jpy", StringComparison.Ordinal) => "JPY",
            _ when v.Contains('€') || v.Contains("eur", StringComparison.Ordinal) => "EUR",
            _ when v.Contains('£') || v.StartsWith("gbp", StringComparison.Ordinal) => "GBP",
            _ when v.StartsWith("nok", StringComparison.Ordinal) => "NOK",
            _ => "USD",
        };
    }

    [GeneratedRegex(@"(?:\b(?:Condensed|Consolidated|Combined|Interim|Unaudited|Summary|Summarized|Selected|Preliminary|Quarterly|Annual|Group|Parent|Company)\s+)*(?:(?:Statements?|Statement)\s+of\s+(?:(?:Consolidated|Condensed)\s+)?(?:Operations|Income|Earnings|Comprehensive\s+(?:Income|Loss|\(Loss\)|Income\s+\(Loss\)|\(Loss\)\s+Income)|Financial\s+(?:Position|Condition)|Condition|Cash\s+Flows?|\(Loss\)\s+Income|Income\s+\(Loss\)|Loss|Profit\s+or\s+Loss|(?:Changes\s+in\s+)?(?:Stockholders|Shareholders|Share\s*holders)['’]?\s+(?:Equity|Deficit)|Changes\s+in\s+Equity|Equity)(?:\s*\((?:Loss|Income|Deficit)\))?(?:\s+and\s+(?:Other\s+)?Comprehensive\s+(?:Income|Loss|\(Loss\)\s+Income|Income\s+\(Loss\))(?:\s*\((?:Loss|Income)\))?)?|Balance\s+Sheets?|Income\s+Statements?|Cash\s+Flows?\s+Statements?)(?:\s+and\s+Expenses?)?(?:\s+(?:Information|Data)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishTitle();

    [GeneratedRegex(@"^\s*(?:(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]|\((?:[a-z]|\d{1,2}|[ivx]{1,4})\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^(?:\s*\([^().]*\)|\s*[,–—-]\s*continued)*\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifiers();

    [GeneratedRegex(@"^(?:(?:NOK|SEK|DKK|EUR|USD|GBP|CHF|JPY)(?:m|mn|bn|k|'000)|[MT](?:NOK|SEK|DKK|EUR|USD))$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyScaleToken();

    [GeneratedRegex(@"\S*(?:損益(?:及び包括利益)?計算書|包括利益計算書|貸借対照表|財政状態計算書|キャッシュ・?フロー計算書|株主資本等変動計算書|持分変動計算書)")]
    private static partial Regex JapaneseTitle();

    [GeneratedRegex(@"[a-z0-9][a-z0-9'.\-]*[a-z0-9]|[a-z0-9]")]
    private static partial Regex WordParts();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex YearToken();

    [GeneratedRegex(@"^\(?\d{1,2}(?:\s?,\s?\d{1,2})*\)?$")]
    private static partial Regex NoteReference();

    [GeneratedRegex(@"^\d{1,2}([/.-])\d{1,2}\1(?:19|20)\d\d$")]
    private static partial Regex DateInFigures();

    /// <summary>A date day first with a month abbreviation, as spreadsheets export it: <c>30-Sep</c>, <c>31-Dec-2024</c>.</summary>
    [GeneratedRegex(@"^\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:-(?:19|20)\d\d)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthToken();

    [GeneratedRegex(@"^[1-9]\d{0,2}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\bshares,?\s+(?:which\s+are\s+)?(?:reflected|presented|stated|shown|expressed)\s+in\s+(?<scale>thousands|millions)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharesInScale();

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?:^|[\s.…·_|])[1-9]\d{0,2}\s*$")]
    private static partial Regex PageAtEnd();

    [GeneratedRegex(@"^(?:[1-4]Q\d\d|Q[1-4]|FY'?\d{2,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalToken();

    [GeneratedRegex(@"[1-4]Q\d\d|Q[1-4]", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalLabelText();

    [GeneratedRegex(@"^(?:basic|diluted)$", RegexOptions.IgnoreCase)]
    private static partial Regex BasicOrDilutedAlone();

    [GeneratedRegex(@"^\d{1,2},?$")]
    private static partial Regex DayWord();

    [GeneratedRegex(@"年|月|日|期間|年度|自|至|単位|百万円|千円|期末|期首")]
    private static partial Regex HeadingCjk();

    [GeneratedRegex(@"\bnotes?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotesWord();

    [GeneratedRegex(@"except\s+(?:for\s+)?(?:the\s+)?(?:number\s+of\s+)?(?:shares?\b|share\s+and|shares\s+and|per\s+share\s+and\s+share|share\s+data)", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptShares();

    [GeneratedRegex(@"^(?!(?:Less|Add|Plus|Deduct|Minus|Note)\s*:)(?<section>[^:：]{3,}?)[:：]\s*(?<rest>[A-Z(].*)$")]
    private static partial Regex SectionColon();

    [GeneratedRegex(@"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?|\b(?:as\s+of|at|in|for|and|year|fiscal))$", RegexOptions.IgnoreCase)]
    private static partial Regex DateBeforeYear();

    [GeneratedRegex(@"\b(?:months?|weeks?|years?|quarters?)\s+(?:period\s+)?(?:ended|ending)\b|\(\s*in\s+(?:\$\s*)?(?:thousands|millions)|^As\s+of\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", RegexOptions.IgnoreCase)]
    private static partial Regex NewTableHeading();

    [GeneratedRegex(@"^(?:\(\d{1,2}\)|\d{1,2}|\([a-z]\))$")]
    private static partial Regex MarkerFigure();

    [GeneratedRegex(@"(?:\s*\((?:\d{1,2}|[a-z])\)|\s*\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+$")]
    private static partial Regex TrailingMarker();

    [GeneratedRegex(@"\s+\d{1,2}(?:\s*,\s*\d{1,2})*$")]
    private static partial Regex TrailingNotes();

    [GeneratedRegex(@"\b(?:in\s+)?(?:\$\s*|U\.?S\.?\s*\$\s*|USD\s+|NOK\s+|EUR\s+)?(?:thousands|millions|billions)\b|百万円|千円|十億円|億円|\b(?:NOK|USD|EUR|SEK|DKK)\s?m\b|\$\s?000s?\b|'000", RegexOptions.IgnoreCase)]
    private static partial Regex ScalePhrase();

    [GeneratedRegex(@"U\.S\.\s*dollars?|US\$|\$|\byen\b|円|¥|￥|€|£|\b(?:USD|JPY|EUR|GBP|NOK)(?:m|mn|bn|k)?\b|\beuros?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyWord();
}
