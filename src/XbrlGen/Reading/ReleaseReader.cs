using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Reading;

/// <summary>What the reader needs to know about the company: how its quarter labels (<c>1Q03</c>) map to dates.</summary>
public sealed record ReaderOptions(FiscalCalendar Calendar)
{
    /// <summary>
    /// Which of the release's tables the caller files (a mapping's tables); a row that does not fit its columns is an
    /// error in these, and a warning that leaves the table out in any other. Null: every table is filed.
    /// </summary>
    public Func<IReadOnlyList<ReleaseTable>, IEnumerable<ReleaseTable>>? Files { get; init; }
}

/// <summary>
/// Reads a release's text into tables of line items, in both languages. Tables are found by their column headings;
/// each is tied to its title heading (<c>Table 1.</c>, <c>表 1.</c>, <c>Appendix 1</c>, a statement title), which gives
/// its scale and, for statements, its periods. Rows keep their label as printed, cleaned of extraction artifacts.
/// </summary>
public sealed class ReleaseReader
{
    private readonly string _file;
    private readonly IReadOnlyList<string> _lines;
    private readonly ReaderOptions? _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Heading> _headings = [];
    private readonly List<Block> _blocks = [];

    private ReleaseReader(string file, IReadOnlyList<string> lines, ReaderOptions? options, DiagnosticBag diagnostics)
    {
        _file = file;
        _lines = lines;
        _options = options;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads a release file of any kind (text, PDF, HTML): <see cref="ReleaseInputs.ReadFile"/>. Returns null, with diagnostics, if it cannot be read.</summary>
    public static Release? ReadFile(string path, ReaderOptions? options, DiagnosticBag diagnostics, long maxBytes = ReleaseSource.DefaultMaxBytes) =>
        ReleaseInputs.ReadFile(path, options, diagnostics, maxBytes);

    /// <summary>Reads release text already split into lines.</summary>
    public static Release Read(string file, IReadOnlyList<string> rawLines, ReaderOptions? options, DiagnosticBag diagnostics)
    {
        var cleaned = rawLines.Select(TextCleaner.Clean).ToList();
        var reader = new ReleaseReader(file, cleaned, options, diagnostics);
        var tables = reader.ReadTables();
        var release = new Release(file, cleaned, tables);
        ReleaseChecks.Run(release, diagnostics);
        return release;
    }

    private SourceSpan At(int index, int column = 1) => new(_file, index + 1, column);

    private List<ReleaseTable> ReadTables()
    {
        Block? block = null;
        string? pendingLabel = null;
        var pendingLine = -1;
        string? pendingMarker = null;
        var blankRun = 0;
        var lastText = -1;

        void Close()
        {
            block = null;
            pendingLabel = null;
            pendingMarker = null;
        }

        for (var i = 0; i < _lines.Count; i++)
        {
            var text = _lines[i];
            if (text.Length == 0)
            {
                if (++blankRun >= 2)
                {
                    Close();
                }

                continue;
            }

            blankRun = 0;
            if (TryHeading(text, i))
            {
                Close();
                lastText = -1;
                continue;
            }

            if (HeadingText.TryQuarterHeader(text, out var caption))
            {
                Close();
                block = StartQuarterBlock(ref i, caption, lastText);
                lastText = -1;
                continue;
            }

            if (HeadingText.TryCurrencyHeader(text, out var currencyTokens))
            {
                Close();
                block = StartCurrencyBlock(i, currencyTokens);
                lastText = -1;
                continue;
            }

            if (block is null)
            {
                FeedHeading(text);
                lastText = i;
                continue;
            }

            // Inside a table: a row, a section heading, a label waiting for its figures, or the end of the table.
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var k = 0;
            while (k < tokens.Length && PrintedNumber.LooksNumeric(tokens[tokens.Length - 1 - k]))
            {
                k++;
            }

            var label = string.Join(' ', tokens.Take(tokens.Length - k));
            lastText = i;
            if (TextCleaner.DisplayWidth(label) > 70)
            {
                // Running text: the table has ended.
                Close();
                continue;
            }

            if (k == 0)
            {

                if (label.EndsWith(':') || label.EndsWith('：'))
                {
                    block.Section = label.TrimEnd(':', '：').Trim();
                    pendingLabel = null;
                }
                else
                {
                    pendingLabel = pendingLabel is not null && IsContinuation(label) ? pendingLabel + " " + label : label;
                    pendingLine = i;
                    pendingMarker = null;
                }

                continue;
            }

            var figures = tokens.Skip(tokens.Length - k).ToList();
            var expected = block.Columns.Count;
            if (label.Length == 0 && pendingLabel is not null && figures.Count == 1 && expected > 1 && HeadingText.IsFootnoteMarker(figures[0]))
            {
                pendingMarker = figures[0];
                continue;
            }

            string? marker = pendingMarker;
            if (figures.Count == expected + 1 && HeadingText.IsFootnoteMarker(figures[0]))
            {
                marker = figures[0];
                figures.RemoveAt(0);
            }

            if (label.Length == 0)
            {
                if (pendingLabel is null)
                {
                    _diagnostics.Report(Codes.OrphanFigures, At(i), string.Join(' ', figures));
                    continue;
                }

                label = pendingLabel;
            }
            else if (pendingLabel is not null && IsContinuation(label) && i - pendingLine <= 2)
            {
                label = pendingLabel + " " + label;
            }

            pendingLabel = null;
            pendingMarker = null;
            AddRow(block, label, marker, figures, i);
        }

        return BuildTables();
    }

    private static bool IsContinuation(string label) => label.Length > 0 && char.IsLower(label[0]) && label[0] < '\u0080';

    private void AddRow(Block block, string label, string? marker, List<string> figures, int index)
    {
        var columns = block.Columns;
        IReadOnlyList<Column> targets;
        if (figures.Count == columns.Count)
        {
            targets = columns;
        }
        else if (figures.Count == block.PrimaryColumns.Count)
        {
            targets = block.PrimaryColumns;
        }
        else
        {
            _diagnostics.Report(Codes.RowValueCount, At(index), HeadingText.StripFootnoteMarker(label), figures.Count, DescribeExpected(block));
            return;
        }

        var values = new Dictionary<int, PrintedNumber>();
        var raw = _lines[index];
        for (var j = 0; j < figures.Count; j++)
        {
            var parsed = PrintedNumber.TryParse(figures[j]);
            if (parsed is null)
            {
                var col = raw.LastIndexOf(figures[j], StringComparison.Ordinal);
                _diagnostics.Report(Codes.MalformedNumber, At(index, col + 1), figures[j]);
                return;
            }

            values[targets[j].Index] = parsed;
        }

        // What the amounts count (percent columns are pure by their column): per share is printed unscaled.
        var unit = FigureUnits.Of(block.Section, label, [], null, exceptShares: false).Unit;
        block.Rows.Add(new ReleaseRow(HeadingText.StripFootnoteMarker(label), block.Section, values, At(index)) { FootnoteMarker = marker, Unit = unit, FigureScale = unit == FigureUnit.PerShare ? 0 : null });
    }

    private static string DescribeExpected(Block block) =>
        block.PrimaryColumns.Count == block.Columns.Count
            ? block.Columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{block.Columns.Count} (or {block.PrimaryColumns.Count})";

    // ---- Headings ----------------------------------------------------------------------------------------------

    private bool TryHeading(string text, int index)
    {
        Heading? heading = null;
        if (HeadingText.TryTableHeading(text, out var n, out var title))
        {
            heading = new Heading(index, "table-" + n, title, TextCleaner.HasCjk(text) ? Language.Ja : Language.En)
            {
                Scale = HeadingText.Scale(text),
                StatedMeasure = HeadingText.StatedMeasure(text),
            };
        }
        else if (HeadingText.TryAppendixHeading(text, out var a))
        {
            heading = new Heading(index, "appendix-" + a, string.Empty, TextCleaner.HasCjk(text) ? Language.Ja : Language.En) { IsStatement = true };
        }
        else if (HeadingText.TryJapaneseStatementTitle(text, out var jaTitle))
        {
            heading = new Heading(index, string.Empty, jaTitle, Language.Ja) { IsStatement = true, Months = HeadingText.JapaneseMonths(jaTitle) };
        }

        if (heading is null)
        {
            return false;
        }

        // "... Appendix 3" followed by the statement's title: one heading.
        var previous = _headings.Count > 0 ? _headings[^1] : null;
        if (previous is { IsStatement: true, HasBlock: false } && heading.IsStatement && index - previous.Line <= 4)
        {
            previous.Merge(heading);
            return true;
        }

        _headings.Add(heading);
        return true;
    }

    /// <summary>Lines between a statement heading and its column headings: title, periods, scale.</summary>
    private void FeedHeading(string text)
    {
        var heading = _headings.Count > 0 ? _headings[^1] : null;
        if (heading is not { IsStatement: true, HasBlock: false })
        {
            return;
        }

        if (heading.Title.Length == 0 && HeadingText.TryEnglishStatementTitle(text, out var title))
        {
            heading.Title = title;
        }

        if (heading.Dates is null && HeadingText.PeriodHeading(text) is { } period)
        {
            heading.Dates = period.Dates;
            if (period.Stated)
            {
                heading.Months = period.Months;
            }
        }

        heading.Scale ??= HeadingText.Scale(text);
    }

    // ---- Column headings ---------------------------------------------------------------------------------------

    private Block StartQuarterBlock(ref int i, string caption, int lastText)
    {
        var start = i;
        var joined = _lines[i];
        var j = i + 1;
        while (j < _lines.Count && (_lines[j].Length == 0 || HeadingText.IsHeaderContinuation(_lines[j])))
        {
            if (_lines[j].Length > 0)
            {
                joined += " " + _lines[j];
                i = j;
            }

            j++;
        }

        if (caption.Length == 0 && lastText >= 0 && start - lastText <= 3 && TextCleaner.DisplayWidth(_lines[lastText]) <= 40)
        {
            caption = _lines[lastText];
        }

        var columns = new List<Column>();
        var lastAmount = -1;
        foreach (var token in HeadingText.QuarterHeaderTokens(joined))
        {
            if (HeadingText.IsQuarterLabel(token))
            {
                var period = _options?.Calendar.ParseQuarterLabel(token);
                if (period is null)
                {
                    _diagnostics.Report(_options is null ? Codes.FiscalLabelWithoutCalendar : Codes.QuarterLabelMismatch, At(start), token);
                }

                lastAmount = columns.Count;
                columns.Add(new Column(columns.Count, ColumnKind.Amount, null, token, period));
            }
            else
            {
                var label = token.StartsWith("前年", StringComparison.Ordinal) || token.StartsWith("YoY", StringComparison.OrdinalIgnoreCase) ? "YoY %" : "QoQ %";
                columns.Add(new Column(columns.Count, ColumnKind.PercentChange, null, label, null, BaseColumn: 0, CompareColumn: lastAmount));
            }
        }

        var block = new Block(start, caption.TrimEnd(':', '：').Trim(), columns);
        _blocks.Add(block);
        return block;
    }

    private Block StartCurrencyBlock(int index, IReadOnlyList<string> tokens)
    {
        var heading = _headings.Count > 0 ? _headings[^1] : null;
        var columns = new List<Column>();
        var primary = tokens.Where(HeadingText.IsCurrencyCode).GroupBy(t => t).OrderByDescending(g => g.Count()).First().Key;
        var lastAmount = -1;
        var percentsSinceAmount = 0;
        string? previous = null;
        foreach (var token in tokens)
        {
            if (HeadingText.IsCurrencyCode(token))
            {
                lastAmount = columns.Count;
                percentsSinceAmount = 0;
                columns.Add(new Column(columns.Count, ColumnKind.Amount, token, string.Empty, null));
            }
            else if (!(token == "%" && previous is not null && HeadingText.IsChangeWord(previous)))
            {
                // The first % after an amount is its share of the total; the next is its change against the first period.
                var kind = percentsSinceAmount == 0 ? ColumnKind.PercentOfTotal : ColumnKind.PercentChange;
                columns.Add(new Column(columns.Count, kind, null, kind == ColumnKind.PercentOfTotal ? "% of total" : "change %", null, BaseColumn: lastAmount));
                percentsSinceAmount++;
            }

            previous = token;
        }

        // Periods: each primary-currency column takes the next date; another currency translates its neighbour's period.
        var dates = heading?.Dates ?? [];
        var primaryIndexes = columns.Where(c => c.Currency == primary).Select(c => c.Index).ToList();
        if (heading is null || dates.Count != primaryIndexes.Count)
        {
            _diagnostics.Report(Codes.PeriodHeadingUnreadable, At(index), heading?.Title is { Length: > 0 } t ? t : heading?.SourceId ?? "?");
        }

        var firstPrimary = primaryIndexes.Count > 0 ? primaryIndexes[0] : -1;
        for (var c = 0; c < columns.Count; c++)
        {
            var col = columns[c];
            if (col.IsAmount)
            {
                var k = col.Currency == primary ? primaryIndexes.IndexOf(c) : NearestPrimary(primaryIndexes, c);
                var end = k >= 0 && k < dates.Count ? dates[k] : (DateOnly?)null;
                columns[c] = col with
                {
                    PeriodText = end is null ? string.Empty : Period.Iso(end.Value),
                    Period = end is null ? null : new ReportingPeriod(end.Value, heading?.Months),
                };
            }
            else if (col.Kind == ColumnKind.PercentChange)
            {
                columns[c] = col with { BaseColumn = firstPrimary, CompareColumn = col.BaseColumn };
            }
        }

        var block = new Block(index, heading?.Title ?? string.Empty, columns) { Primary = primary, Heading = heading };
        if (heading is not null)
        {
            heading.HasBlock = true;
        }

        _blocks.Add(block);
        return block;
    }

    private static int NearestPrimary(List<int> primaryIndexes, int column)
    {
        var after = primaryIndexes.FindIndex(p => p > column);
        return after >= 0 ? after : primaryIndexes.Count - 1;
    }

    // ---- Tying tables to headings ------------------------------------------------------------------------------

    private List<ReleaseTable> BuildTables()
    {
        var tables = new List<ReleaseTable>();
        var previousBlockLine = -1;
        foreach (var block in _blocks)
        {
            var heading = block.Heading ?? FindHeading(block, previousBlockLine);
            previousBlockLine = block.Line;
            if (heading is null)
            {
                if (block.Rows.Count > 0)
                {
                    _diagnostics.Report(Codes.TableWithoutHeading, block.Rows[0].Span);
                }

                continue;
            }

            heading.HasBlock = true;
            if (block.Rows.Count == 0)
            {
                continue;
            }

            var title = heading.Title.Length > 0 ? heading.Title : block.Caption;
            tables.Add(new ReleaseTable(heading.SourceId, heading.Language, title, heading.Scale, heading.StatedMeasure, block.Columns, block.Rows, At(heading.Line)));
        }

        return tables;
    }

    /// <summary>
    /// A quarterly table's heading: one whose title matches the table's own caption (a release may print a table far from
    /// its title), else the nearest heading printed since the previous table.
    /// </summary>
    private Heading? FindHeading(Block block, int previousBlockLine)
    {
        var free = _headings.Where(h => !h.HasBlock && !h.IsStatement && h.Line < block.Line).ToList();
        var caption = TextCleaner.MatchKey(block.Caption);
        if (caption.Length > 0)
        {
            var byCaption = free.LastOrDefault(h => TextCleaner.MatchKey(h.Title).StartsWith(caption, StringComparison.Ordinal));
            if (byCaption is not null)
            {
                return byCaption;
            }
        }

        return free.LastOrDefault(h => h.Line > previousBlockLine);
    }

    /// <summary>A title heading being read: <c>Table 1. Revenues (JPY in millions)</c>, <c>Appendix 2</c>, <c>四半期連結貸借対照表</c>.</summary>
    private sealed class Heading(int line, string sourceId, string title, Language language)
    {
        public int Line { get; } = line;

        public string SourceId { get; private set; } = sourceId;

        public string Title { get; set; } = title;

        public Language Language { get; private set; } = language;

        public bool IsStatement { get; init; }

        public int? Scale { get; set; }

        public string? StatedMeasure { get; init; }

        public IReadOnlyList<DateOnly>? Dates { get; set; }

        public int? Months { get; set; }

        public bool HasBlock { get; set; }

        public void Merge(Heading other)
        {
            if (SourceId.Length == 0)
            {
                SourceId = other.SourceId;
            }

            if (Title.Length == 0)
            {
                Title = other.Title;
            }

            Months ??= other.Months;
            if (other.Language == Language.Ja)
            {
                Language = Language.Ja;
            }
        }
    }

    /// <summary>A run of rows under one set of column headings.</summary>
    private sealed class Block(int line, string caption, List<Column> columns)
    {
        public int Line { get; } = line;

        public string Caption { get; } = caption;

        public List<Column> Columns { get; } = columns;

        public string? Primary { get; init; }

        public Heading? Heading { get; init; }

        public string? Section { get; set; }

        public List<ReleaseRow> Rows { get; } = [];

        /// <summary>The columns a row with fewer figures fills: the primary currency's amounts (per-share rows), or all amounts.</summary>
        public IReadOnlyList<Column> PrimaryColumns => _primaryColumns ??= Columns.Where(c => c.IsAmount && (Primary is null || c.Currency == Primary)).ToList();

        private List<Column>? _primaryColumns;
    }
}
