namespace XbrlGen.Validation.Inline;

/// <summary>
/// How an Inline XBRL page is read from a file. Pages handed around by filers (EDGAR's among them) may start with a
/// line break before the XML declaration, which an XML parser refuses; that whitespace, and nothing else, is skipped.
/// </summary>
public static class InlineSource
{
    public static Stream Open(DocumentSource document) => SkipWhitespaceBeforeDeclaration(document.Open());

    /// <summary>The stream from its first byte that is not XML whitespace, when an XML declaration follows it; otherwise as it is.</summary>
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
