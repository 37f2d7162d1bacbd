using XbrlGen.Diagnostics;
using XbrlGen.Reading.Layout;

namespace XbrlGen.Reading.Pdf;

/// <summary>
/// The PDF front-end's seam: a PDF's words with their positions, grouped into printed lines and cells. The PDF reader
/// (branch reader-pdfhtml) replaces this file; until then a PDF is refused with a coded error, never read as text.
/// </summary>
public static class PdfLayout
{
    public static PrintedDocument? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        _ = bytes;
        diagnostics.Report(Codes.InputKindNotRead, SourceSpan.ForFile(path), Path.GetFileName(path), "PDF");
        return null;
    }
}
