using System.Xml;
using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// The only way XbrlGen reads XML: no DTDs, no entities, no resolver of its own, bounded size and depth.
/// A DTD (and so any entity, external or billion-laughs) is refused with <see cref="Codes.XmlDtd"/>; a file over
/// <see cref="MaxBytes"/> or nested deeper than <see cref="MaxDepth"/> with <see cref="Codes.XmlTooLarge"/>.
/// </summary>
public static class SafeXml
{
    /// <summary>The largest XML file read: far above any filing's documents (the base taxonomy is under 1 MiB), far below what would exhaust memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public const long MaxCharacters = 256L * 1024 * 1024;
    public const int MaxDepth = 128;

    public static XmlReaderSettings Settings(XmlResolver? resolver = null) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = resolver,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Loads a file on disk with line information, or reports why it cannot be.</summary>
    public static XDocument? Load(string path, DiagnosticBag diagnostics) => Load(DocumentSource.File(path), diagnostics);

    /// <summary>Loads a document with line information, or reports why it cannot be.</summary>
    public static XDocument? Load(DocumentSource document, DiagnosticBag diagnostics) =>
        SizeAllowed(document, diagnostics) ? Load(document.Path, document.Open, diagnostics) : null;

    /// <summary>Whether a document is within <paramref name="maxBytes"/>; reports it if not, or if it cannot be read.</summary>
    public static bool SizeAllowed(DocumentSource document, DiagnosticBag diagnostics, long maxBytes = MaxBytes)
    {
        var path = document.Path;
        try
        {
            var length = document.Length;
            if (length > maxBytes)
            {
                diagnostics.Report(Codes.XmlTooLarge, SourceSpan.ForFile(path), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {length} bytes, over the limit of {maxBytes} bytes"));
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.XmlRefUnresolved, SourceSpan.ForFile(path), path, ex.Message);
            return false;
        }
    }

    /// <summary>Reads a document through once without keeping it: well-formed, no DTD, within the safety limits.</summary>
    public static bool Scan(DocumentSource document, DiagnosticBag diagnostics)
    {
        if (!SizeAllowed(document, diagnostics))
        {
            return false;
        }

        try
        {
            return Scan(document.Path, document.Open, diagnostics);
        }
        catch (XmlException ex)
        {
            Report(ex, document, diagnostics);
            return false;
        }
    }

    private static bool Scan(string path, Func<Stream> open, DiagnosticBag diagnostics)
    {
        using var scan = XmlReader.Create(open(), Settings());
        while (scan.Read())
        {
            if (scan.Depth > MaxDepth)
            {
                diagnostics.Report(Codes.XmlTooLarge, Span(path, scan), $"elements nested deeper than {MaxDepth}");
                return false;
            }
        }

        return true;
    }

    /// <summary>Loads a document from a stream (a file, or an entry of a package) with line information, or reports why it cannot be.</summary>
    public static XDocument? Load(string path, Func<Stream> open, DiagnosticBag diagnostics)
    {
        try
        {
            if (!Scan(path, open, diagnostics))
            {
                return null;
            }

            using var reader = XmlReader.Create(open(), Settings());
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            Report(ex, path, open, diagnostics);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.XmlRefUnresolved, SourceSpan.ForFile(path), path, ex.Message);
            return null;
        }
    }

    /// <summary>The code for XML a reader refused: a DTD or entity, a safety limit, or plain malformedness.</summary>
    public static DiagnosticDescriptor Classify(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("entity", StringComparison.OrdinalIgnoreCase) ? Codes.XmlDtd
        : ex.Message.Contains("MaxCharacters", StringComparison.OrdinalIgnoreCase) ? Codes.XmlTooLarge
        : Codes.XmlMalformed;

    /// <summary>Reports why a reader refused a file: a DTD (at its DOCTYPE line), a safety limit, or malformed XML.</summary>
    public static void Report(XmlException ex, DocumentSource document, DiagnosticBag diagnostics) => Report(ex, document.Path, document.Open, diagnostics);

    private static void Report(XmlException ex, string path, Func<Stream> open, DiagnosticBag diagnostics)
    {
        var span = new SourceSpan(path, ex.LineNumber, ex.LinePosition);
        var code = Classify(ex);
        if (code == Codes.XmlDtd)
        {
            // The reader's refusal of a DTD carries no position: find the declaration in the prolog.
            diagnostics.Report(Codes.XmlDtd, ex.LineNumber > 0 ? span : DoctypeSpan(path, open));
        }
        else
        {
            diagnostics.Report(code, span, ex.Message);
        }
    }

    private static SourceSpan DoctypeSpan(string path, Func<Stream> open)
    {
        string prolog;
        try
        {
            using var reader = new StreamReader(open(), detectEncodingFromByteOrderMarks: true);
            var buffer = new char[64 * 1024];
            prolog = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SourceSpan.ForFile(path);
        }

        var at = prolog.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
        {
            return SourceSpan.ForFile(path);
        }

        var before = prolog.AsSpan(0, at);
        return new SourceSpan(path, before.Count('\n') + 1, at - before.LastIndexOf('\n'));
    }

    /// <summary>Where a node is; an attribute or text loaded without a line of its own is where its element is.</summary>
    public static SourceSpan Span(string path, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? new SourceSpan(path, info.LineNumber, info.LinePosition)
        : node.Parent is { } parent ? Span(path, parent)
        : SourceSpan.ForFile(path);

    /// <summary>Where a reader stands.</summary>
    public static SourceSpan Span(string path, XmlReader reader) =>
        reader is IXmlLineInfo info ? new SourceSpan(path, info.LineNumber, info.LinePosition) : SourceSpan.ForFile(path);
}
