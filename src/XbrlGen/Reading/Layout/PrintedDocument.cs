using XbrlGen.Diagnostics;

namespace XbrlGen.Reading.Layout;

/// <summary>The kind of a release file, told apart by its content (never by its name alone).</summary>
public enum InputKind
{
    /// <summary>Plain text: column layout (as <c>pdftotext -layout</c> makes), or one cell per line (a web page copied as text).</summary>
    Text,

    /// <summary>A PDF with a text layer, read as words with their positions.</summary>
    Pdf,

    /// <summary>HTML (an 8-K exhibit, a TDnet Inline XBRL page), read as the markup gives its tables.</summary>
    Html,
}

/// <summary>
/// One printed cell: its text as printed and its horizontal extent on the line. The unit of <see cref="Left"/> and
/// <see cref="Right"/> depends on the input: PDF points, character columns for text, the first and last grid column
/// (colspans included) for HTML. Only their order and overlap are meaningful across lines of one table.
/// </summary>
public sealed record PrintedCell(string Text, double Left, double Right);

/// <summary>
/// One printed line, in reading order: a table row or a line of text, with where it was read (file and line; for a
/// PDF, <see cref="Page"/> too). <see cref="IsTableRow"/> is true where the markup itself says this is a table row
/// (HTML <c>tr</c>); geometry-based inputs leave it false and the interpreter decides.
/// </summary>
public sealed record PrintedLine(IReadOnlyList<PrintedCell> Cells, SourceSpan Span, int? Page = null, bool IsTableRow = false)
{
    /// <summary>The line's cells joined by single spaces.</summary>
    public string Text => string.Join(' ', Cells.Select(c => c.Text));
}

/// <summary>A release as printed: its lines in reading order, from any input kind.</summary>
public sealed record PrintedDocument(string File, InputKind Kind, IReadOnlyList<PrintedLine> Lines);
