namespace XbrlGen.Validation.Inline;

/// <summary>
/// How an Inline XBRL page is read. Pages handed around by filers (EDGAR's among them) may start with a line break
/// before the XML declaration, which an XML parser refuses; that whitespace, and nothing else, is skipped
/// (<see cref="DocumentSniff.SkipWhitespaceBeforeDeclaration"/>).
/// </summary>
public static class InlineSource
{
    public static Stream Open(DocumentSource document) => DocumentSniff.SkipWhitespaceBeforeDeclaration(document.Open());
}
