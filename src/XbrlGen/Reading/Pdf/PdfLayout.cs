using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using XbrlGen.Diagnostics;
using XbrlGen.Reading.Html;
using XbrlGen.Reading.Layout;

namespace XbrlGen.Reading.Pdf;

/// <summary>
/// Reads a PDF release into its printed lines: PdfPig's words with their positions, grouped into lines by their vertical
/// extent and into cells by the horizontal gaps between them (never the PDF's extracted text re-joined). Two blocks side by
/// side on a page (two statements, two columns of text) are found by the vertical gutter between them and come out one
/// after the other, left then right. Each line keeps its page and its number within the page (the span's line), and each
/// cell its extent in points, so that wrapped labels and right-aligned figures can be aligned to columns.
/// A damaged, encrypted or scanned PDF, or one over the reading limits, gets a coded error and no document at all.
/// </summary>
public static class PdfLayout
{
    /// <summary>Whether the bytes are a PDF: its header within the first kilobyte, as readers allow.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

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

        if (!LooksLikePdf(bytes))
        {
            diagnostics.Report(Codes.PdfDamaged, file, "no %PDF- header");
            return null;
        }

        var lines = new List<PrintedLine>();
        var pageNumber = 0;
        try
        {
            var options = new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                ClipPaths = false,
                FilterProvider = new CappedFilterProvider(limits.MaxDecodedStreamBytes, limits.MaxDecodedBytes),
            };
            using var document = PdfDocument.Open(bytes, options);
            var pages = document.NumberOfPages;
            if (pages > limits.MaxPages)
            {
                diagnostics.Report(Codes.LayoutOverLimit, file, "PDF", limits.MaxPages, "pages");
                return null;
            }

            if (pages <= 0)
            {
                diagnostics.Report(Codes.PdfDamaged, file, "it has no pages");
                return null;
            }

            // Lines are numbered through the document, not page by page: a line number names one line, the one the
            // release's text holds at that place (a page's line 5 would name one line per page).
            var index = 0;
            var words = 0;
            for (pageNumber = 1; pageNumber <= pages; pageNumber++)
            {
                var page = document.GetPage(pageNumber);
                var pageWords = PageWords(page);
                words += pageWords.Count;
                if (words > limits.MaxWords)
                {
                    diagnostics.Report(Codes.LayoutOverLimit, file, "PDF", limits.MaxWords, "words");
                    return null;
                }

                foreach (var line in PdfLines.Group(pageWords))
                {
                    var cells = PrintedCells.Normalise(line.Select(Cell));
                    if (cells.Count > 0)
                    {
                        index++;
                        lines.Add(new PrintedLine(cells, new SourceSpan(path, index), pageNumber));
                    }
                }
            }

            pageNumber = 0;
            if (lines.Count == 0)
            {
                diagnostics.Report(Codes.PdfNoText, file, pages);
                return null;
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Report(Codes.PdfEncrypted, file);
            return null;
        }
        catch (DecodeLimitException ex)
        {
            diagnostics.Report(Codes.LayoutOverLimit, file, "PDF", ex.Limit, "decoded stream bytes");
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig reports damage with many exception types (its own, and format, index and argument errors from the
            // bytes it was given): every one is damage in the input, never a partial read passed off as whole.
            if (ex.InnerException is DecodeLimitException inner)
            {
                diagnostics.Report(Codes.LayoutOverLimit, file, "PDF", inner.Limit, "decoded stream bytes");
            }
            else if (pageNumber > 0)
            {
                diagnostics.Report(Codes.PdfPageDamaged, file, pageNumber, Describe(ex));
            }
            else
            {
                diagnostics.Report(Codes.PdfDamaged, file, Describe(ex));
            }

            return null;
        }

        return new PrintedDocument(path, InputKind.Pdf, lines);
    }

    private static string Describe(Exception ex)
    {
        var message = PrintedCells.Fold(ex.Message);
        return message.Length > 200 ? message[..200] + "..." : message;
    }

    private static PrintedCell Cell(IReadOnlyList<PdfWord> words)
    {
        var text = new StringBuilder();
        foreach (var w in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(w.Text);
        }

        return new PrintedCell(text.ToString(), Math.Round(words[0].Left, 2), Math.Round(words[^1].Right, 2));
    }

    /// <summary>
    /// The page's horizontal words, as geometry: text and box in points, y up. The box is taken from the letters' baselines
    /// (where each glyph starts and where its advance ends) and their point size, not from their glyph rectangles, which
    /// PdfPig takes from the font's bounding box when a font carries no glyph outlines and which are then far too wide.
    /// </summary>
    private static List<PdfWord> PageWords(Page page)
    {
        var result = new List<PdfWord>();
        foreach (var word in page.GetWords())
        {
            if (word.TextOrientation != TextOrientation.Horizontal || string.IsNullOrWhiteSpace(word.Text) || word.Letters.Count == 0)
            {
                continue;
            }

            double left = double.MaxValue, right = double.MinValue, size = 0;
            foreach (var letter in word.Letters)
            {
                left = Math.Min(left, Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X));
                right = Math.Max(right, Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X));
                size = Math.Max(size, letter.PointSize);
            }

            var baseline = word.Letters[0].StartBaseLine.Y;
            if (!(size > 0.01))
            {
                size = word.BoundingBox.Height;
            }

            if (!(size > 0.01) || !double.IsFinite(size) || !double.IsFinite(left) || !double.IsFinite(right) || !double.IsFinite(baseline))
            {
                continue;
            }

            if (right - left < 0.01)
            {
                right = left + (size * 0.5);
            }

            // Descenders below the baseline, capitals and digits up to about three quarters of the size above it.
            result.Add(new PdfWord(word.Text, left, right, baseline - (0.2 * size), baseline + (0.75 * size)));
        }

        return result;
    }
}
