using XbrlGen.Diagnostics;
using XbrlGen.Reading.Layout;

namespace XbrlGen.Reading.Html;

/// <summary>
/// The HTML front-end's seam: an HTML page's tables, a printed line per row and a cell per cell. The HTML reader
/// (branch reader-pdfhtml) replaces this file; until then an HTML page is refused with a coded error, never read as text.
/// </summary>
public static class HtmlLayout
{
    public static PrintedDocument? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        _ = bytes;
        diagnostics.Report(Codes.InputKindNotRead, SourceSpan.ForFile(path), Path.GetFileName(path), "HTML");
        return null;
    }
}
