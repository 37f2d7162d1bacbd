using System.Text;
using XbrlGen.Diagnostics;
using XbrlGen.Reading.Layout;
using XbrlGen.Reading.Text;

namespace XbrlGen.Reading;

/// <summary>
/// A release file of any kind, read into a <see cref="Release"/>: its kind is told by its content (<c>%PDF-</c> is a
/// PDF; <c>&lt;html</c>, <c>&lt;!DOCTYPE html</c> or an XML prolog before an XHTML root is HTML; anything else is text),
/// its front-end turns it into a <see cref="PrintedDocument"/>, and <see cref="ReleaseInterpreter"/> reads that.
/// </summary>
public static class ReleaseInputs
{
    /// <summary>How far into the file the kind is looked for.</summary>
    private const int SniffBytes = 4096;

    /// <summary>Reads a release file. Returns null, with diagnostics, if it cannot be read.</summary>
    public static Release? ReadFile(string path, ReaderOptions? options, DiagnosticBag diagnostics, long maxBytes = ReleaseSource.DefaultMaxBytes)
    {
        var document = Load(path, diagnostics, maxBytes);
        return document is null ? null : ReleaseInterpreter.Read(document, options, diagnostics);
    }

    /// <summary>The file as printed lines, by the front-end its content calls for; null, with diagnostics, if it cannot be read.</summary>
    public static PrintedDocument? Load(string path, DiagnosticBag diagnostics, long maxBytes = ReleaseSource.DefaultMaxBytes)
    {
        var bytes = ReleaseSource.LoadBytes(path, maxBytes, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        switch (KindOf(bytes))
        {
            case InputKind.Pdf:
                return Pdf.PdfLayout.Read(path, bytes, Layout.ReadLimits.Default with { MaxInputBytes = maxBytes }, diagnostics);
            case InputKind.Html:
                return Html.HtmlLayout.Read(path, bytes, Layout.ReadLimits.Default with { MaxInputBytes = maxBytes }, diagnostics);
            default:
                var lines = ReleaseSource.Decode(path, bytes, diagnostics);
                return lines is null ? null : TextLayout.Read(path, lines);
        }
    }

    /// <summary>The mapping folder a release sits in (<c>MAPPING/releases/FILE</c> with <c>MAPPING/mapping.yaml</c>), or null.</summary>
    public static string? MappingBeside(string releasePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(releasePath));
        if (folder is null || !string.Equals(Path.GetFileName(folder), "releases", StringComparison.Ordinal))
        {
            return null;
        }

        var mapping = Path.GetDirectoryName(folder);
        return mapping is not null && File.Exists(Path.Combine(mapping, "mapping.yaml")) ? mapping : null;
    }

    /// <summary>
    /// An exhibit as EDGAR's submission keeps it: <c>&lt;DOCUMENT&gt;</c>, <c>&lt;TYPE&gt;EX-99.1</c> and the other
    /// header tags, then the HTML page inside <c>&lt;TEXT&gt;</c>.
    /// </summary>
    private static bool IsEdgarDocument(string head) =>
        head.StartsWith("<document>", StringComparison.Ordinal) && head.Contains("<text>", StringComparison.Ordinal) && head.Contains("<html", StringComparison.Ordinal);

    /// <summary>The kind of input the bytes hold, by their content alone.</summary>
    public static InputKind KindOf(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);

        // A PDF may carry a few bytes of junk before its header; readers look for it within the first kilobyte.
        if (head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return InputKind.Pdf;
        }

        if (head.IsEmpty || head[0] != (byte)'<')
        {
            return InputKind.Text;
        }

        var text = Encoding.Latin1.GetString(head).ToLowerInvariant();
        if (text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal) || IsEdgarDocument(text))
        {
            return InputKind.Html;
        }

        return text.StartsWith("<?xml", StringComparison.Ordinal) && (text.Contains("<html", StringComparison.Ordinal) || text.Contains("xhtml", StringComparison.Ordinal))
            ? InputKind.Html
            : InputKind.Text;
    }
}
