using XbrlGen.Diagnostics;
using XbrlGen.Reading.Layout;

namespace XbrlGen.Reading.Text;

/// <summary>How a text release lays out its tables, told apart by content.</summary>
public enum TextLayoutKind
{
    /// <summary>Columns of figures aligned by spaces (IIJ's; what <c>pdftotext -layout</c> makes): a row per line.</summary>
    Columns,

    /// <summary>A web page copied as text: one table cell per line, markdown tables, or whole rows squashed onto one line.</summary>
    CellPerLine,
}

/// <summary>
/// The text front-end: a text release's lines as printed lines and cells. A line is cut into cells at runs of two or
/// more spaces (or tabs), with positions in character columns; a markdown table row (<c>| a | b |</c>) is cut at its
/// bars, and its separator row (<c>|---|</c>) is dropped. Cells keep their text as printed (the interpreter cleans it),
/// so placing them back at their columns gives the line again. Every line is kept, blank ones too (they end tables), so a
/// cell's line number is the file's.
/// </summary>
public static class TextLayout
{
    /// <summary>Lines with more cells than this are read as one run of text cells; bounds the work on a hostile line.</summary>
    private const int MaxCellsPerLine = 4096;

    public static PrintedDocument Read(string file, IReadOnlyList<string> rawLines)
    {
        var lines = new List<PrintedLine>(rawLines.Count);
        for (var i = 0; i < rawLines.Count; i++)
        {
            var span = new SourceSpan(file, i + 1, 1);
            var raw = rawLines[i];
            var cells = IsMarkdownRow(raw) ? MarkdownCells(raw) : SpacedCells(raw);
            lines.Add(new PrintedLine(cells, cells.Count > 0 ? span with { Column = (int)cells[0].Left + 1 } : span, IsTableRow: IsMarkdownRow(raw)));
        }

        return new PrintedDocument(file, InputKind.Text, lines);
    }

    /// <summary>
    /// Column layout when many lines hold two or more cells with a figure among them; one cell per line otherwise
    /// (a web page copied as text holds figures alone on their lines, or whole rows squashed on one line).
    /// </summary>
    public static TextLayoutKind Classify(PrintedDocument document)
    {
        int columnRows = 0, figureLines = 0;
        foreach (var line in document.Lines)
        {
            if (line.Cells.Count == 0 || TextCleaner.DisplayWidth(line.Text) > 200)
            {
                continue;
            }

            var figures = line.Cells.Count(c => PrintedNumber.LooksNumeric(c.Text.Replace("$", string.Empty, StringComparison.Ordinal).Trim()));
            if (figures > 0)
            {
                figureLines++;
                if (line.Cells.Count >= 3 && figures >= 2)
                {
                    columnRows++;
                }
            }
        }

        return figureLines > 0 && columnRows * 3 >= figureLines ? TextLayoutKind.Columns : TextLayoutKind.CellPerLine;
    }

    private static bool IsMarkdownRow(string raw)
    {
        var t = raw.Trim();
        return t.Length >= 3 && t[0] == '|' && t[^1] == '|';
    }

    private static List<PrintedCell> MarkdownCells(string raw)
    {
        var cells = new List<PrintedCell>();
        var start = raw.IndexOf('|', StringComparison.Ordinal) + 1;
        var end = raw.LastIndexOf('|');
        var column = 0;
        var from = start;
        for (var i = start; i <= end && cells.Count < MaxCellsPerLine; i++)
        {
            if (raw[i] != '|')
            {
                continue;
            }

            var text = raw[from..i].Trim();
            cells.Add(new PrintedCell(text, column, column));

            column++;
            from = i + 1;
        }

        // A separator row (|---|:--|) holds no text.
        return cells.All(c => c.Text.Trim('-', ':', ' ').Length == 0) ? [] : cells.Where(c => c.Text.Length > 0).ToList();
    }

    private static List<PrintedCell> SpacedCells(string raw)
    {
        var cells = new List<PrintedCell>();
        var i = 0;
        while (i < raw.Length && cells.Count < MaxCellsPerLine)
        {
            while (i < raw.Length && IsSpace(raw[i]))
            {
                i++;
            }

            if (i >= raw.Length)
            {
                break;
            }

            var start = i;
            while (i < raw.Length && !(IsSpace(raw[i]) && (i + 1 >= raw.Length || IsSpace(raw[i + 1]) || raw[i] == '\t')))
            {
                i++;
            }

            cells.Add(new PrintedCell(raw[start..i], start, i - 1));
        }

        if (i < raw.Length)
        {
            var rest = raw[i..].Trim();
            if (rest.Length > 0)
            {
                cells.Add(new PrintedCell(rest, i, raw.Length - 1));
            }
        }

        return cells;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000' or '\f';
}
