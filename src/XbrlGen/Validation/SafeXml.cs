using System.Xml;
using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>
/// The only way XbrlGen reads XML: no DTDs, no entities, no resolver of its own, bounded size and depth.
/// A DTD (and so any entity, external or billion-laughs) is refused with <see cref="Codes.XmlDtd"/>.
/// </summary>
public static class SafeXml
{
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

    /// <summary>Loads a document with line information, or reports why it cannot be.</summary>
    public static XDocument? Load(string path, DiagnosticBag diagnostics) =>
        Load(path, () => File.OpenRead(path), diagnostics);

    public static XDocument? LoadText(string path, string text, DiagnosticBag diagnostics) =>
        Load(path, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), diagnostics);

    private static XDocument? Load(string path, Func<Stream> open, DiagnosticBag diagnostics)
    {
        try
        {
            using (var scan = XmlReader.Create(open(), Settings()))
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxDepth)
                    {
                        diagnostics.Report(Codes.XmlTooLarge, Span(path, scan), $"elements nested deeper than {MaxDepth}");
                        return null;
                    }
                }
            }

            using var reader = XmlReader.Create(open(), Settings());
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            diagnostics.Report(Classify(ex), new SourceSpan(path, ex.LineNumber, ex.LinePosition), ex.Message);
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

    public static SourceSpan Span(string path, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? new SourceSpan(path, info.LineNumber, info.LinePosition) : SourceSpan.ForFile(path);

    private static SourceSpan Span(string path, XmlReader reader) =>
        reader is IXmlLineInfo info ? new SourceSpan(path, info.LineNumber, info.LinePosition) : SourceSpan.ForFile(path);
}
