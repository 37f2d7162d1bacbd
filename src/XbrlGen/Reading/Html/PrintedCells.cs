using System.Text;
using XbrlGen.Reading.Layout;

namespace XbrlGen.Reading.Html;

/// <summary>
/// What the PDF and HTML front-ends do alike to the cells of one printed line: whitespace folded (no-break, figure and
/// thin spaces, tabs, line ends), empty cells dropped, and a figure printed across cells joined back into one cell:
/// a currency sign in its own cell with the figure after it (<c>$</c> | <c>4,655</c>), a closing parenthesis or a
/// percent sign in its own cell after the figure (<c>(1,234</c> | <c>)</c>). The figure's text is kept as printed.
/// </summary>
internal static class PrintedCells
{
    private static readonly string[] CurrencySigns = ["$", "US$", "U.S.$", "C$", "A$", "€", "£", "¥", "￥", "€", "₩", "₹"];

    /// <summary>Folds whitespace: every kind of space and line break becomes one space; zero-width characters go; trimmed.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static IReadOnlyList<PrintedCell> Normalise(IEnumerable<PrintedCell> cells)
    {
        var result = new List<PrintedCell>();
        foreach (var raw in cells)
        {
            var text = Fold(raw.Text);
            if (text.Length == 0)
            {
                continue;
            }

            var cell = raw with { Text = text };
            if (result.Count > 0)
            {
                var last = result[^1];
                if (IsCurrencySign(last.Text) && StartsFigure(text))
                {
                    result[^1] = new PrintedCell(last.Text + text, last.Left, cell.Right);
                    continue;
                }

                if ((text == ")" || text == ")%" || text == "%" || text == "%)") && EndsFigure(last.Text))
                {
                    result[^1] = new PrintedCell(last.Text + text, last.Left, cell.Right);
                    continue;
                }
            }

            result.Add(cell);
        }

        return result;
    }

    private static bool IsCurrencySign(string text) => CurrencySigns.Contains(text, StringComparer.Ordinal) || text == "($" || text == "$(";

    private static bool StartsFigure(string text)
    {
        var c = text[0];
        return char.IsAsciiDigit(c) || c is '(' or '-' or '−' or '—' or '–' or '△' or '▲' or '.' || (c >= '０' && c <= '９');
    }

    private static bool EndsFigure(string text)
    {
        var c = text[^1];
        return char.IsAsciiDigit(c) || (c >= '０' && c <= '９');
    }
}
