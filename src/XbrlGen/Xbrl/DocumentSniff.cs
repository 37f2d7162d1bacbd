using System.Xml;

namespace XbrlGen.Xbrl;

/// <summary>What an input is, as <c>validate</c>, <c>convert</c>, <c>diff</c> and <c>facts</c> tell it apart.</summary>
public enum DocumentKind
{
    /// <summary>XML that is none of the others (or not well-formed XML): the instance validator says what is wrong with it.</summary>
    Other,

    /// <summary>An xBRL-XML instance (<c>xbrli:xbrl</c>).</summary>
    Instance,

    /// <summary>A taxonomy schema (<c>xsd:schema</c>).</summary>
    Schema,

    /// <summary>A linkbase (<c>link:linkbase</c>).</summary>
    Linkbase,

    /// <summary>An Inline XBRL page: one document of an Inline XBRL document set.</summary>
    InlinePage,

    /// <summary>An xBRL-JSON report.</summary>
    Json,

    /// <summary>A report package or taxonomy package, or a filing archive (a zip).</summary>
    Package,
}

/// <summary>
/// What a document is: the one place that decides it. A package is known by its name (<c>.zip</c>, <c>.xbr</c>,
/// <c>.xbri</c>); an xBRL-JSON report and an Inline XBRL page by their names (<c>.json</c>; <c>.xhtml</c>, <c>.html</c>,
/// <c>.htm</c>, the names the Report Package specification gives them) or by their content (a JSON object; an XHTML
/// root element); anything else by its XML root element.
/// </summary>
public static class DocumentSniff
{
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The kind of a document; one that cannot be read is <see cref="DocumentKind.Other"/> (its reader reports why).</summary>
    public static DocumentKind KindOf(DocumentSource document)
    {
        if (IsPackageName(document.Path))
        {
            return DocumentKind.Package;
        }

        if (document.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsJson(document))
        {
            return DocumentKind.Json;
        }

        var root = Root(document);
        return IsInlineName(document.Path) || root == (Xhtml, "html") ? DocumentKind.InlinePage
            : root == (XbrlNamespaces.Xbrli, "xbrl") ? DocumentKind.Instance
            : root == (XbrlNamespaces.Xsd, "schema") ? DocumentKind.Schema
            : root == (XbrlNamespaces.Link, "linkbase") ? DocumentKind.Linkbase
            : DocumentKind.Other;
    }

    /// <summary>A file on disk's kind.</summary>
    public static DocumentKind KindOf(string path) => KindOf(DocumentSource.File(path));

    /// <summary>Whether a file is named as a package: <c>.zip</c>, <c>.xbr</c> or <c>.xbri</c>.</summary>
    public static bool IsPackageName(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".zip" or ".xbr" or ".xbri";

    /// <summary>Whether a file is named as an Inline XBRL page: <c>.xhtml</c>, <c>.html</c> or <c>.htm</c>.</summary>
    public static bool IsInlineName(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xhtml" or ".html" or ".htm";

    /// <summary>The root element's namespace and local name, or null if the document is not XML that can be read safely.</summary>
    private static (string Namespace, string Name)? Root(DocumentSource document)
    {
        try
        {
            using var reader = XmlReader.Create(SkipWhitespaceBeforeDeclaration(document.Open()), SafeXml.Settings());
            return reader.MoveToContent() == XmlNodeType.Element ? (reader.NamespaceURI, reader.LocalName) : null;
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the file's first character that is not white space (after a UTF-8 byte order mark) opens a JSON object.</summary>
    private static bool IsJson(DocumentSource document)
    {
        try
        {
            using var stream = document.Open();
            Span<byte> head = stackalloc byte[256];
            var read = stream.Read(head);
            var bytes = head[..read];
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            foreach (var b in bytes)
            {
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    continue;
                }

                return b == (byte)'{';
            }

            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The stream from its first byte that is not XML whitespace, when an XML declaration follows it; otherwise as it is.
    /// Pages handed around by filers (EDGAR's among them) may start with a line break before the XML declaration, which
    /// an XML parser refuses; that whitespace, and nothing else, is skipped.
    /// </summary>
    public static Stream SkipWhitespaceBeforeDeclaration(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return stream;
        }

        var skipped = 0;
        int b;
        while ((b = stream.ReadByte()) is ' ' or '\t' or '\r' or '\n' && skipped < 4096)
        {
            skipped++;
        }

        var declaration = "<?xml"u8;
        var matched = b == declaration[0];
        for (var i = 1; matched && i < declaration.Length; i++)
        {
            matched = stream.ReadByte() == declaration[i];
        }

        stream.Position = matched && skipped > 0 ? skipped : 0;
        return stream;
    }
}
