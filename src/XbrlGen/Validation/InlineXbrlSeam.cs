using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>
/// THE SEAM for Inline XBRL input: where a report package's Inline XBRL report (one <c>.xhtml</c> page, or the pages of
/// an Inline XBRL Document Set in one subfolder of <c>reports/</c>) is validated. The Inline XBRL reader replaces the
/// body of <see cref="ValidateDocumentSet"/>; until then every Inline report is a coded error (XG0714), never a guess.
/// </summary>
public static class InlineXbrlSeam
{
    /// <param name="documents">
    /// The pages of the document set, in package order. They are package entries mounted in memory, not files on disk:
    /// read them (and everything they reference) through <see cref="InputFiles"/>, <see cref="SafeXml"/> or the
    /// catalog's <see cref="OfflineResolver"/>, never <see cref="File"/>.
    /// </param>
    /// <param name="catalog">XbrlGen's catalog with the package's own catalog added.</param>
    /// <param name="options">The validation options, with the package's folder allowed.</param>
    public static void ValidateDocumentSet(IReadOnlyList<string> documents, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        _ = catalog;
        _ = options;
        diagnostics.Report(Codes.InlineNotSupported, SourceSpan.ForFile(documents[0]), documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
