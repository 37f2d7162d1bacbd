using System.Text;
using XbrlGen.Diagnostics;
using XbrlGen.Reading.Layout;
using XbrlGen.Reading.Text;

namespace XbrlGen.Reading;

/// <summary>
/// The one reader of every release input: a <see cref="PrintedDocument"/> (from text, PDF or HTML) into the
/// <see cref="Release"/> the mapping and <c>extract</c> consume. Primary statements are found by their titles and their
/// columns' periods read from their headings, with no mapping needed (<see cref="ReaderOptions"/> only gives the
/// fiscal calendar that labels such as <c>1Q03</c> need). A text release whose tables are headed by currency codes
/// (<c>JPY JPY %</c>) or quarter labels under numbered table titles (IIJ's bilingual layout) is read by
/// <see cref="ReleaseReader"/>, which merges its Japanese and English parts as before.
/// </summary>
public static class ReleaseInterpreter
{
    public static Release Read(PrintedDocument document, ReaderOptions? options, DiagnosticBag diagnostics)
    {
        if (document.Kind == InputKind.Text && IsNumberedTableLayout(document))
        {
            return ReleaseReader.Read(document.File, Lines(document), options, diagnostics);
        }

        var (tables, text) = StatementReader.Read(document, options?.Calendar, diagnostics);
        var release = new Release(document.File, ByLineNumber(document, text), tables);
        ReleaseChecks.Run(release, diagnostics);
        ReleaseChecks.UnreadRows(release, options?.Files, diagnostics);
        return release;
    }

    /// <summary>The document's lines put back together, each cell at its column: a text release's lines as printed.</summary>
    public static IReadOnlyList<string> Lines(PrintedDocument document)
    {
        var lines = new List<string>(document.Lines.Count);
        var sb = new StringBuilder();
        foreach (var line in document.Lines)
        {
            sb.Clear();
            foreach (var cell in line.Cells)
            {
                var at = (int)Math.Min(cell.Left, 1 << 20);
                if (sb.Length > 0)
                {
                    sb.Append(' ', Math.Max(2, at - sb.Length));
                }
                else
                {
                    sb.Append(' ', Math.Max(0, at));
                }

                sb.Append(cell.Text);
            }

            lines.Add(sb.ToString());
        }

        return lines;
    }

    /// <summary>
    /// IIJ's layout: column headings of currency codes (<c>USD JPY % JPY</c>), or quarter labels (<c>1Q03 4Q02</c>) under
    /// numbered table titles (<c>Table 1.</c>, <c>表 1.</c>).
    /// </summary>
    private static bool IsNumberedTableLayout(PrintedDocument document)
    {
        bool currency = false, quarter = false, numbered = false;
        foreach (var line in document.Lines)
        {
            if (line.Cells.Count == 0)
            {
                continue;
            }

            var text = TextCleaner.Clean(line.Text);
            currency |= HeadingText.TryCurrencyHeader(text, out _);
            quarter |= HeadingText.TryQuarterHeader(text, out _);
            numbered |= HeadingText.TryTableHeading(text, out _, out _);
            if (currency || (quarter && numbered))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lines' text where <see cref="Release.Lines"/> expects it: index 0 is line 1.</summary>
    private static List<string> ByLineNumber(PrintedDocument document, IReadOnlyList<string> text)
    {
        var numbered = document.Lines.Select((l, i) => (l.Span.Line, i)).ToList();
        var increasing = numbered.Zip(numbered.Skip(1)).All(p => p.First.Line < p.Second.Line) && numbered.All(n => n.Line >= 1 && n.Line <= 4 * numbered.Count + 16);
        if (!increasing)
        {
            return text.ToList();
        }

        var lines = Enumerable.Repeat(string.Empty, numbered.Count == 0 ? 0 : numbered[^1].Line).ToList();
        foreach (var (line, i) in numbered)
        {
            lines[line - 1] = text[i];
        }

        return lines;
    }
}
