namespace XbrlGen.Diagnostics;

/// <summary>
/// Every diagnostic XbrlGen reports, in one place. Codes are stable: tests and filing teams key on them, never on wording.
/// XG01xx reading the release, XG02xx the mapping, XG03xx facts and the release's own cross-checks,
/// XG05xx labels, XG06xx output, XG07xx unsafe or unreadable XML, XG08xx command line.
/// Validation of XBRL rules uses codes anchored to the specification section (see <see cref="XbrlCodes"/>).
/// </summary>
public static class Codes
{
    private static DiagnosticDescriptor E(string code, string format) => new(code, Severity.Error, format);

    private static DiagnosticDescriptor W(string code, string format) => new(code, Severity.Warning, format);

    private static DiagnosticDescriptor I(string code, string format) => new(code, Severity.Info, format);

    // Reading the release.
    public static readonly DiagnosticDescriptor FileNotFound = E("XG0100", "cannot read '{0}': {1}");
    public static readonly DiagnosticDescriptor EmptyInput = E("XG0101", "the release is empty");
    public static readonly DiagnosticDescriptor NotUtf8 = E("XG0102", "the release is not UTF-8 text ({0})");
    public static readonly DiagnosticDescriptor InputTooLarge = E("XG0103", "the input is {0} bytes, over the limit of {1} bytes (set --max-input-bytes to raise it)");
    public static readonly DiagnosticDescriptor BinaryInput = E("XG0104", "the release contains binary data (control character U+{0:X4})");
    public static readonly DiagnosticDescriptor MalformedNumber = E("XG0110", "malformed number '{0}'");
    public static readonly DiagnosticDescriptor RowValueCount = E("XG0111", "row '{0}' has {1} figures; the table's columns expect {2}");
    public static readonly DiagnosticDescriptor TableWithoutHeading = E("XG0112", "figures without a table heading: no column headings were found above this row");
    public static readonly DiagnosticDescriptor PeriodHeadingUnreadable = E("XG0113", "cannot read the periods of table '{0}' from its headings");
    public static readonly DiagnosticDescriptor LanguageMissing = E("XG0114", "the release has no {0} part; a release has a Japanese part and then an English part");
    public static readonly DiagnosticDescriptor ScaleMissing = E("XG0115", "cannot read the scale (thousands, millions, ...) of table '{0}' from its headings");
    public static readonly DiagnosticDescriptor OrphanFigures = E("XG0116", "figures '{0}' belong to no row label");
    public static readonly DiagnosticDescriptor QuarterLabelMismatch = E("XG0117", "column '{0}' does not name a quarter of the fiscal calendar in the mapping");

    // Mapping.
    public static readonly DiagnosticDescriptor MappingMissing = E("XG0200", "mapping file '{0}' not found");
    public static readonly DiagnosticDescriptor MappingMalformed = E("XG0201", "malformed mapping: {0}");
    public static readonly DiagnosticDescriptor UnknownConcept = E("XG0202", "unknown concept '{0}'");
    public static readonly DiagnosticDescriptor PeriodTypeConflict = E("XG0203", "concept '{0}' has periodType {1} but is mapped to {2} figures");
    public static readonly DiagnosticDescriptor UnitTypeMismatch = E("XG0204", "unit '{0}' does not fit the item type {1} of concept '{2}'");
    public static readonly DiagnosticDescriptor TwoLinesOneConcept = E("XG0205", "'{0}' and '{1}' both map to '{2}' in the same table; one concept holds one value per context");
    public static readonly DiagnosticDescriptor TableNotFound = E("XG0206", "the release has no table for mapping table '{0}' ({1})");
    public static readonly DiagnosticDescriptor UnmappedLine = W("XG0207", "line '{0}' of {1} is not mapped to a concept; it is left out of the filing");
    public static readonly DiagnosticDescriptor MappedLineMissing = W("XG0208", "mapped line '{0}' of table '{1}' is not in the release");
    public static readonly DiagnosticDescriptor PeriodNotExpected = E("XG0209", "the release's period ending {0} is not a quarter end of the fiscal year ending {1} in the mapping");
    public static readonly DiagnosticDescriptor ProseNotFound = W("XG0210", "prose figure '{0}' was not found in the release");
    public static readonly DiagnosticDescriptor MappingInvalidValue = E("XG0211", "invalid mapping value: {0}");
    public static readonly DiagnosticDescriptor UnknownUnit = E("XG0212", "unknown unit '{0}'");
    public static readonly DiagnosticDescriptor UnmatchedSumItem = E("XG0213", "the sum of '{0}' names '{1}', which is not a line of table '{2}'");

    // Facts and the release's own consistency.
    public static readonly DiagnosticDescriptor CopiesDisagreeRounded = W("XG0301", "{0} for {1} is printed as {2} and as {3}; they disagree after rounding, the more precise {4} is used");
    public static readonly DiagnosticDescriptor CopiesDisagree = E("XG0302", "{0} for {1} is printed as {2} and as {3} at the same precision; cannot tell which is right");
    public static readonly DiagnosticDescriptor TotalDoesNotFoot = E("XG0303", "{0} for {1} is {2}, but its lines add up to {3} (difference {4})");
    public static readonly DiagnosticDescriptor PercentMismatch = W("XG0304", "printed {0} for '{1}' ({2}) does not match the figures, which give {3}");
    public static readonly DiagnosticDescriptor CrossCheckFailed = W("XG0305", "cross-check failed: {0}");
    public static readonly DiagnosticDescriptor MixedPrecisionSum = W("XG0306", "{0} for {1}: the release prints {2} and its lines round to {3} at decimals {4}; the total agrees with the precise lines ({5}), so this summation is left out of the calculation linkbase");
    public static readonly DiagnosticDescriptor FactSummary = I("XG0307", "{0} facts from {1} release figures ({2} duplicate copies merged)");
    public static readonly DiagnosticDescriptor ProseTableMismatch = W("XG0308", "prose states {0} = {1}, the table prints {2}");

    // Labels.
    public static readonly DiagnosticDescriptor LabelMissing = E("XG0501", "concept '{0}' has no {1} label in '{2}'");
    public static readonly DiagnosticDescriptor LabelWhitespace = E("XG0502", "label '{0}' of concept '{1}' has leading, trailing or doubled whitespace");
    public static readonly DiagnosticDescriptor LabelLessThan = E("XG0503", "label '{0}' of concept '{1}' contains '<'");
    public static readonly DiagnosticDescriptor LabelDuplicate = E("XG0504", "concept '{0}' has more than one {1} label in '{2}'");

    // Output.
    public static readonly DiagnosticDescriptor OutputFailed = E("XG0600", "cannot write the output to '{0}': {1}");
    public static readonly DiagnosticDescriptor OutputIsFile = E("XG0601", "the output path '{0}' is a file, not a directory");
    public static readonly DiagnosticDescriptor TemplateError = E("XG0602", "template '{0}': {1}");

    // XML safety and readability.
    public static readonly DiagnosticDescriptor XmlDtd = E("XG0700", "DTDs and entity declarations are not allowed in XBRL input");
    public static readonly DiagnosticDescriptor XmlMalformed = E("XG0701", "not well-formed XML: {0}");
    public static readonly DiagnosticDescriptor XmlRefRefused = E("XG0702", "reference '{0}' is outside the allowed locations (no network access; only the catalog and the instance's own folder)");
    public static readonly DiagnosticDescriptor XmlTooLarge = E("XG0703", "XML exceeds a safety limit: {0}");
    public static readonly DiagnosticDescriptor XmlRefUnresolved = E("XG0704", "cannot resolve '{0}': {1}");

    // Command line.
    public static readonly DiagnosticDescriptor Usage = E("XG0800", "{0}");
    public static readonly DiagnosticDescriptor Internal = E("XG0900", "internal error: {0}");
}
