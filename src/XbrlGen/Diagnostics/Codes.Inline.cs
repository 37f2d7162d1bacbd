namespace XbrlGen.Diagnostics;

public static partial class Codes
{
    // Inline XBRL as it is filed (issue 23): transformation registries, Inline XBRL 1.0, filing archives.
    public static readonly DiagnosticDescriptor InlineTransformationNoRegistry = DiagnosticDescriptor.Invalid("ix11.10.1.2:invalidTransformation", "fact {0} has transformation {1}, whose namespace {2} is not a transformation registry's");
    public static readonly DiagnosticDescriptor InlineTransformationNotInRegistry = DiagnosticDescriptor.Invalid("ix11.10.1.2:invalidTransformation", "fact {0} has transformation {1}, which {2} ({3}) does not define");
}
