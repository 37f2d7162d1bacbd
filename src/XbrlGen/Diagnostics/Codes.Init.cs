namespace XbrlGen.Diagnostics;

/// <summary>
/// Strict mapping files and <c>xbrlgen init</c> (issue 22). Kept in a block of their own so they merge beside other
/// features' codes.
/// </summary>
public static partial class Codes
{
    // Strict mapping files: a key no mapping file knows, a value of the wrong kind, a line the release does not print.
    public static readonly DiagnosticDescriptor UnknownKey = DiagnosticDescriptor.Unusable("XG0220", "unknown key '{0}' in {1}{2}");
    public static readonly DiagnosticDescriptor UnknownConceptSuggested = DiagnosticDescriptor.Unusable("XG0202", "unknown concept '{0}'; did you mean '{1}'?");
    public static readonly DiagnosticDescriptor LabelExpected = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: '{0}' must be a text, or a mapping of en and ja (either language alone is enough)");
    public static readonly DiagnosticDescriptor ListOfValuesExpected = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: each item of '{0}' must be a single value");
    public static readonly DiagnosticDescriptor LineLabelNotPrinted = DiagnosticDescriptor.Unusable("XG0221", "the {0} label '{1}' of mapped line '{2}' is not printed in table '{3}'; the row with the same figures there is '{4}': did you mean '{4}'?");

    // Entity settings init cannot read from a release.
    public static readonly DiagnosticDescriptor EntityPlaceholder = DiagnosticDescriptor.Warning("XG0222", "entity {0} is still the placeholder '{1}' that init wrote; fill in the company's {0} at this line before filing");

    // xbrlgen init.
    public static readonly DiagnosticDescriptor InitNoStatements = DiagnosticDescriptor.Unusable("XG0223", "the release has no table of figures with dated columns; init has nothing to map");
    public static readonly DiagnosticDescriptor InitDrafted = DiagnosticDescriptor.Info("XG0224", "drafted {0} lines of {1} tables: {2} to base concepts ({3} with confidence below 0.5, review them first), {4} to new extension concepts");
}
