using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using XbrlGen.Diagnostics;
using XbrlGen.Reading.Layout;

namespace XbrlGen.Reading.Html;

/// <summary>
/// Reads an HTML release (an 8-K exhibit, a TDnet page that is already Inline XBRL) into its printed lines, in document
/// order: every table row (<c>tr</c>) is a line with <see cref="PrintedLine.IsTableRow"/> set, its cells as the markup
/// gives them, each with its first and last grid column (colspans and rowspans counted), and the text between tables
/// (titles, "(In millions, except per share data)") is a line per block. What a reader of the page sees is what is
/// read: hidden elements (<c>display:none</c>, the Inline XBRL header), scripts and styles are not; an Inline XBRL fact is
/// its displayed text (△ and full-width digits as printed), never its tag's value. EDGAR's habits are undone by
/// <see cref="PrintedCells"/>: a <c>$</c> or a closing parenthesis in a cell of its own joins its figure, empty spacer
/// cells go. Nothing is loaded and nothing runs: no scripts, no styles, no network. A line's span is the source line and
/// column of its element in the file.
/// </summary>
public static class HtmlLayout
{
    /// <summary>Elements that end a line of text before and after them.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "html",
    };

    /// <summary>Elements whose content a reader never sees.</summary>
    private static readonly HashSet<string> Unseen = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "template", "noscript", "title", "object", "embed", "iframe", "svg", "math", "ix:header",
        "xbrli:context", "xbrli:unit",
    };

    /// <summary>Whether the bytes look like HTML or XHTML: a tag near the start that only markup has.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && (head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<table", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p", StringComparison.OrdinalIgnoreCase));
    }

    public static PrintedDocument? Read(string path, byte[] bytes, ReadLimits limits, DiagnosticBag diagnostics)
    {
        var file = SourceSpan.ForFile(path);
        if (bytes.Length > limits.MaxInputBytes)
        {
            diagnostics.Report(Codes.InputTooLarge, file, bytes.Length, limits.MaxInputBytes);
            return null;
        }

        if (bytes.Length == 0)
        {
            diagnostics.Report(Codes.EmptyInput, file);
            return null;
        }

        var text = Decode(bytes);
        var tags = CountTags(text);
        if (tags > limits.MaxElements)
        {
            diagnostics.Report(Codes.LayoutOverLimit, file, "HTML page", limits.MaxElements, "elements");
            return null;
        }

        var parser = new HtmlParser(
            new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false, IsNotConsumingCharacterReferences = false },
            BrowsingContext.New(Configuration.Default));
        using var document = parser.ParseDocument(text);
        var walker = new Walker(path, text, limits);
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            diagnostics.Report(Codes.HtmlNoContent, file);
            return null;
        }

        if (!walker.Walk(root))
        {
            diagnostics.Report(walker.Failure!, file, walker.FailureArgs);
            return null;
        }

        if (walker.Lines.Count == 0)
        {
            diagnostics.Report(Codes.HtmlNoContent, file);
            return null;
        }

        return new PrintedDocument(path, InputKind.Html, walker.Lines);
    }

    /// <summary>UTF-8 when the bytes are UTF-8 (a byte order mark dropped), else Windows Latin-1 as EDGAR's older exhibits are.</summary>
    private static string Decode(byte[] bytes)
    {
        var body = bytes.AsSpan();
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        return System.Text.Unicode.Utf8.IsValid(body) ? Encoding.UTF8.GetString(body) : Encoding.Latin1.GetString(body);
    }

    /// <summary>An upper bound of the elements the page would make: every '&lt;' followed by a letter.</summary>
    private static int CountTags(string text)
    {
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '<' && char.IsAsciiLetter(text[i + 1]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The walk over the page: iterative (no recursion a deep page could overflow), counting what the limits bound.</summary>
    private sealed class Walker(string path, string source, ReadLimits limits)
    {
        private int[]? _lineStarts;
        private readonly StringBuilder _text = new();
        private IElement? _textElement;
        private int _elements;
        private int _cells;

        public List<PrintedLine> Lines { get; } = [];

        public DiagnosticDescriptor? Failure { get; private set; }

        public object[] FailureArgs { get; private set; } = [];

        public bool Walk(INode root)
        {
            // Each frame: a node, and whether its children were entered (so the element is left after them).
            var stack = new Stack<(INode Node, bool Leaving, int Depth)>();
            stack.Push((root, false, 0));
            while (stack.Count > 0)
            {
                var (node, leaving, depth) = stack.Pop();
                if (node is IText textNode)
                {
                    AppendText(textNode);
                    continue;
                }

                if (node is not IElement element)
                {
                    continue;
                }

                var name = element.LocalName;
                var isBlock = Blocks.Contains(name);
                if (leaving)
                {
                    if (isBlock)
                    {
                        Flush();
                    }

                    continue;
                }

                if (++_elements > limits.MaxElements)
                {
                    return Fail(Codes.LayoutOverLimit, "HTML page", limits.MaxElements, "elements");
                }

                if (depth > limits.MaxDepth)
                {
                    return Fail(Codes.HtmlTooDeep, limits.MaxDepth);
                }

                if (IsUnseen(element))
                {
                    continue;
                }

                if (isBlock)
                {
                    Flush();
                }

                if (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (name.Equals("table", StringComparison.OrdinalIgnoreCase) && !HasNestedTable(element, limits.MaxDepth))
                {
                    if (!ReadTable(element))
                    {
                        return false;
                    }

                    continue;
                }

                stack.Push((element, true, depth));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false, depth + 1));
                }
            }

            Flush();
            return true;
        }

        private bool Fail(DiagnosticDescriptor descriptor, params object[] args)
        {
            Failure = descriptor;
            FailureArgs = args;
            return false;
        }

        private void AppendText(IText node)
        {
            var data = node.Data;
            if (data.Length == 0)
            {
                return;
            }

            if (_textElement is null && !string.IsNullOrWhiteSpace(data))
            {
                _textElement = node.ParentElement;
            }

            _text.Append(data);
        }

        private void Flush()
        {
            var text = PrintedCells.Fold(_text.ToString());
            if (text.Length > 0)
            {
                Lines.Add(new PrintedLine([new PrintedCell(text, 0, 0)], SpanOf(_textElement)));
            }

            _text.Clear();
            _textElement = null;
        }

        /// <summary>
        /// The line and column of an element's start tag, counted from its character offset in the page (AngleSharp's
        /// own line and column are 16-bit and wrap on long lines, as EDGAR exhibits have).
        /// </summary>
        private SourceSpan SpanOf(IElement? element)
        {
            if (element?.SourceReference?.Position is not { } position || position.Position < 1)
            {
                return new SourceSpan(path, 0, 0);
            }

            _lineStarts ??= LineStarts(source);
            // AngleSharp's position is one-based: the offset of the start tag's '<'.
            var offset = Math.Min(position.Position - 1, source.Length);
            var index = Array.BinarySearch(_lineStarts, offset);
            var line = index >= 0 ? index : ~index - 1;
            return new SourceSpan(path, line + 1, offset - _lineStarts[line] + 1);
        }

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return [.. starts];
        }

        /// <summary>A layout table (one that holds tables in its cells) is read as blocks; its inner tables are the tables.</summary>
        private static bool HasNestedTable(IElement table, int maxDepth)
        {
            var stack = new Stack<(IElement Element, int Depth)>();
            foreach (var child in table.Children)
            {
                stack.Push((child, 1));
            }

            while (stack.Count > 0)
            {
                var (element, depth) = stack.Pop();
                if (element.LocalName.Equals("table", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (depth > maxDepth)
                {
                    return false;
                }

                foreach (var child in element.Children)
                {
                    stack.Push((child, depth + 1));
                }
            }

            return false;
        }

        /// <summary>The rows of one table (not of tables nested in it): cells with grid columns from colspan and rowspan.</summary>
        private bool ReadTable(IElement table)
        {
            // Rows pending from rowspans above: for each grid column, how many more rows it is taken.
            var spanned = new List<int>();
            foreach (var row in Rows(table))
            {
                if (IsUnseen(row))
                {
                    continue;
                }

                var cells = new List<PrintedCell>();
                var column = 0;
                foreach (var cell in row.Children)
                {
                    var name = cell.LocalName;
                    if (!name.Equals("td", StringComparison.OrdinalIgnoreCase) && !name.Equals("th", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    if (++_cells > limits.MaxCells)
                    {
                        return Fail(Codes.LayoutOverLimit, "HTML page", limits.MaxCells, "table cells");
                    }

                    while (column < spanned.Count && spanned[column] > 0)
                    {
                        column++;
                    }

                    var colspan = Span(cell, "colspan", 1000);
                    var rowspan = Span(cell, "rowspan", 65534);
                    if (column + colspan > limits.MaxGridColumns)
                    {
                        return Fail(Codes.LayoutOverLimit, "HTML table row", limits.MaxGridColumns, "grid columns");
                    }

                    while (spanned.Count < column + colspan)
                    {
                        spanned.Add(0);
                    }

                    for (var c = column; c < column + colspan; c++)
                    {
                        spanned[c] = rowspan;
                    }

                    if (!IsUnseen(cell))
                    {
                        cells.Add(new PrintedCell(CellText(cell), column, column + colspan - 1));
                    }

                    column += colspan;
                }

                for (var c = 0; c < spanned.Count; c++)
                {
                    spanned[c] = Math.Max(0, spanned[c] - 1);
                }

                var normalised = PrintedCells.Normalise(cells);
                if (normalised.Count > 0)
                {
                    Lines.Add(new PrintedLine(normalised, SpanOf(row), IsTableRow: true));
                }
            }

            return true;
        }

        private static IEnumerable<IElement> Rows(IElement table)
        {
            foreach (var child in table.Children)
            {
                var name = child.LocalName;
                if (name.Equals("tr", StringComparison.OrdinalIgnoreCase))
                {
                    yield return child;
                }
                else if (name.Equals("thead", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("tbody", StringComparison.OrdinalIgnoreCase) || name.Equals("tfoot", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var row in child.Children.Where(r => r.LocalName.Equals("tr", StringComparison.OrdinalIgnoreCase)))
                    {
                        yield return row;
                    }
                }
            }
        }

        private static int Span(IElement cell, string attribute, int max)
        {
            var value = cell.GetAttribute(attribute);
            if (value is null)
            {
                return 1;
            }

            // As browsers do: leading digits, 0 or unreadable means 1, capped.
            var digits = 0;
            var n = 0L;
            foreach (var c in value.Trim())
            {
                if (!char.IsAsciiDigit(c) || ++digits > 9)
                {
                    break;
                }

                n = (n * 10) + (c - '0');
            }

            return n <= 0 ? 1 : (int)Math.Min(n, max);
        }

        /// <summary>The text a reader sees in a cell: its text nodes, a line break as a space, hidden parts left out.</summary>
        private string CellText(IElement cell)
        {
            var builder = new StringBuilder();
            var stack = new Stack<INode>();
            stack.Push(cell);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText text)
                {
                    builder.Append(text.Data);
                    continue;
                }

                if (node is not IElement element || (element != cell && IsUnseen(element)))
                {
                    continue;
                }

                if (element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase) || (element != cell && Blocks.Contains(element.LocalName)))
                {
                    builder.Append(' ');
                }

                if (++_elements > limits.MaxElements)
                {
                    break;
                }

                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push(child);
                }
            }

            return builder.ToString();
        }

        private static bool IsUnseen(IElement element)
        {
            if (Unseen.Contains(element.LocalName) || Unseen.Contains(element.NodeName) || element.HasAttribute("hidden"))
            {
                return true;
            }

            var style = element.GetAttribute("style");
            if (style is null || !style.Contains("display", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var folded = style.Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
            return folded.Contains("display:none", StringComparison.OrdinalIgnoreCase);
        }
    }
}
