using System.Globalization;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace XbrlGen.Tests.Reading.Pdf;

/// <summary>Small PDFs made for the tests: words placed at given points, or objects written by hand.</summary>
internal static class TestPdfs
{
    /// <summary>One word or phrase on a page: its text, font size, and where its baseline starts (points, y up).</summary>
    public sealed record Placed(string Text, double X, double Y, double Size = 10);

    /// <summary>A one-page PDF with Helvetica text placed as given.</summary>
    public static byte[] WithText(Placed[] page) => WithPages(page);

    /// <summary>A PDF of A4 pages with Helvetica text placed as given, one array of placements per page.</summary>
    public static byte[] WithPages(params Placed[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var placements in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            foreach (var p in placements)
            {
                page.AddText(p.Text, p.Size, new PdfPoint(p.X, p.Y), font);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// A PDF written object by object: objects[0] is object 1 (the catalog, which the trailer names as its root). A
    /// stream's bytes are given as Latin-1 characters. <paramref name="trailer"/> adds entries to the trailer.
    /// </summary>
    public static byte[] Raw(string[] objects, string trailer = "")
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailer}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    /// <summary>A one-page PDF whose page content is the given stream (its dictionary entries and its bytes).</summary>
    public static byte[] OnePage(string streamEntries, string streamBytes, string trailer = "", params string[] more) => Raw(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        $"<< /Length {streamBytes.Length} {streamEntries} >>\nstream\n{streamBytes}\nendstream",
        .. more,
    ], trailer);

    /// <summary>Bytes compressed as a PDF FlateDecode stream holds them (zlib), as Latin-1 characters.</summary>
    public static string Zlib(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var z = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(data);
        }

        return Encoding.Latin1.GetString(buffer.ToArray());
    }
}
