namespace XbrlGen.Diagnostics;

public static partial class Codes
{
    // Inline XBRL as it is filed (issue 23): transformation registries, Inline XBRL 1.0, filing archives.
    public static readonly DiagnosticDescriptor InlineTransformationNoRegistry = DiagnosticDescriptor.Invalid("ix11.10.1.2:invalidTransformation", "fact {0} has transformation {1}, whose namespace {2} is not a transformation registry's");
    public static readonly DiagnosticDescriptor InlineTransformationNotInRegistry = DiagnosticDescriptor.Invalid("ix11.10.1.2:invalidTransformation", "fact {0} has transformation {1}, which {2} ({3}) does not define");
    public static readonly DiagnosticDescriptor ArchiveManifestEntryMissing = DiagnosticDescriptor.Unusable("XG0716", "manifest.xml names Inline XBRL documents the archive does not hold: {0}");
    public static readonly DiagnosticDescriptor ArchiveNoReport = DiagnosticDescriptor.Unusable("XG0717", "archive '{0}' holds no report: no reports/ folder, no manifest.xml naming Inline XBRL documents, and no Inline XBRL page or XBRL instance");
}
