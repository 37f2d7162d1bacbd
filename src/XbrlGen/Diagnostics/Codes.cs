namespace XbrlGen.Diagnostics;

/// <summary>
/// Every diagnostic XbrlGen reports, in one place. Codes are stable: tests and filing teams key on them, never on wording.
/// XG01xx reading the release, XG02xx the mapping, XG03xx facts and the release's own cross-checks,
/// XG05xx labels, XG06xx output, XG07xx unsafe or unreadable XML, XG08xx command line.
/// Validation of XBRL rules uses codes anchored to the specification section (Codes.Xbrl.cs, Codes.Dimensions.cs).
/// Each descriptor also says what an error means for the exit code (<see cref="ExitOutcome"/>).
/// </summary>
public static partial class Codes
{
    // Reading the release.
    public static readonly DiagnosticDescriptor FileNotFound = DiagnosticDescriptor.Unusable("XG0100", "cannot read '{0}': {1}");
    public static readonly DiagnosticDescriptor EmptyInput = DiagnosticDescriptor.Unusable("XG0101", "the release is empty");
    public static readonly DiagnosticDescriptor Utf16ByteOrderMark = DiagnosticDescriptor.Unusable("XG0102", "the release is not UTF-8 text (it starts with a UTF-16 byte order mark)");
    public static readonly DiagnosticDescriptor NotUtf8WithNul = DiagnosticDescriptor.Unusable("XG0102", "the release is not UTF-8 text (invalid UTF-8 byte 0x{0:X2}; it holds NUL bytes, as UTF-16 does)");
    public static readonly DiagnosticDescriptor NotUtf8 = DiagnosticDescriptor.Unusable("XG0102", "the release is not UTF-8 text (invalid UTF-8 byte 0x{0:X2}; Shift_JIS or another legacy encoding?)");
    public static readonly DiagnosticDescriptor InputTooLarge = DiagnosticDescriptor.Unusable("XG0103", "the input is {0} bytes, over the limit of {1} bytes (set --max-input-bytes to raise it)");
    public static readonly DiagnosticDescriptor BinaryInput = DiagnosticDescriptor.Unusable("XG0104", "the release contains binary data (control character U+{0:X4})");
    public static readonly DiagnosticDescriptor InputIsDirectory = DiagnosticDescriptor.Unusable("XG0105", "'{0}' is a folder; give a file");
    public static readonly DiagnosticDescriptor MalformedNumber = DiagnosticDescriptor.Unusable("XG0110", "malformed number '{0}'");
    public static readonly DiagnosticDescriptor UnlabeledFigures = DiagnosticDescriptor.Warning("XG0119", "row '{0}' is followed by figures with no label of their own ({1}), an unlabeled subtotal; they are left out");
    public static readonly DiagnosticDescriptor TableRowsUnread = DiagnosticDescriptor.Warning("XG0118", "table '{0}' is left out: its row '{1}' has {2} figures where its columns expect {3} ({4} such rows); map it only once its layout is read");
    public static readonly DiagnosticDescriptor RowValueCount = DiagnosticDescriptor.Unusable("XG0111", "row '{0}' has {1} figures; the table's columns expect {2}");
    public static readonly DiagnosticDescriptor TableWithoutHeading = DiagnosticDescriptor.Unusable("XG0112", "figures without a table heading: no column headings were found above this row");
    public static readonly DiagnosticDescriptor PeriodHeadingUnreadable = DiagnosticDescriptor.Unusable("XG0113", "cannot read the periods of table '{0}' from its headings");
    public static readonly DiagnosticDescriptor LanguageMissing = DiagnosticDescriptor.Unusable("XG0114", "the release has no tables{0}: no statement title ('Consolidated Balance Sheets', 'Statements of Operations', '連結貸借対照表', ...) or table heading was found");
    public static readonly DiagnosticDescriptor ScaleMissing = DiagnosticDescriptor.Unusable("XG0115", "cannot read the scale (thousands, millions, ...) of table '{0}' from its headings");
    public static readonly DiagnosticDescriptor OrphanFigures = DiagnosticDescriptor.Unusable("XG0116", "figures '{0}' belong to no row label");
    public static readonly DiagnosticDescriptor QuarterLabelMismatch = DiagnosticDescriptor.Unusable("XG0117", "column '{0}' does not name a quarter of the fiscal calendar in the mapping");

    // PDF and HTML releases (issue 24, part B: the PDF and HTML front-ends): damaged, encrypted, scanned or hostile input.
    public static readonly DiagnosticDescriptor PdfDamaged = DiagnosticDescriptor.Unusable("XG0140", "the PDF cannot be read; it is damaged or not a PDF ({0})");
    public static readonly DiagnosticDescriptor PdfEncrypted = DiagnosticDescriptor.Unusable("XG0141", "the PDF is encrypted; save a copy without protection and read that");
    public static readonly DiagnosticDescriptor PdfNoText = DiagnosticDescriptor.Unusable("XG0142", "the PDF has no text layer on any of its {0} pages (a scanned document?); run OCR on it first, or use the release's text or HTML");
    public static readonly DiagnosticDescriptor LayoutOverLimit = DiagnosticDescriptor.Unusable("XG0143", "the {0} holds more than {1} {2}, over the reading limit; is it an earnings release?");
    public static readonly DiagnosticDescriptor HtmlTooDeep = DiagnosticDescriptor.Unusable("XG0144", "the HTML nests elements more than {0} deep, over the reading limit");
    public static readonly DiagnosticDescriptor HtmlNoContent = DiagnosticDescriptor.Unusable("XG0145", "the HTML has no text in its body");
    public static readonly DiagnosticDescriptor PdfPageDamaged = DiagnosticDescriptor.Unusable("XG0146", "page {0} of the PDF cannot be read; it is damaged ({1})");

    // Reading any release: PDF, HTML and text inputs, statements read without a mapping (issue 24, reader-text).
    public static readonly DiagnosticDescriptor StatementPeriodsUnreadable = DiagnosticDescriptor.Unusable("XG0150", "cannot read the periods of '{0}' from its heading '{1}'; the forms read are {2}");
    public static readonly DiagnosticDescriptor FiscalLabelWithoutCalendar = DiagnosticDescriptor.Unusable("XG0151", "column '{0}' is a fiscal label; its dates need the company's fiscal calendar (give --mapping)");
    public static readonly DiagnosticDescriptor StatementPeriodsYearToDate = DiagnosticDescriptor.Warning("XG0153", "the heading of '{0}' ('{1}') prints dates but no period length, and no other statement gives one; its columns are read as the year to date, {2} months from {3} (a fiscal year ending {4}): check that the figures cover that period");
    public static readonly DiagnosticDescriptor InputKindNotRead = DiagnosticDescriptor.Unusable("XG0152", "'{0}' is a {1} file; this build does not read {1} releases yet");

    // Mapping.
    public static readonly DiagnosticDescriptor MappingMissing = DiagnosticDescriptor.Unusable("XG0200", "mapping file '{0}' not found");
    public static readonly DiagnosticDescriptor MappingNotAMapping = DiagnosticDescriptor.Unusable("XG0201", "malformed mapping: the file must hold a YAML mapping");
    public static readonly DiagnosticDescriptor YamlSyntax = DiagnosticDescriptor.Unusable("XG0201", "malformed mapping: {0}"); // the YAML parser's own message
    public static readonly DiagnosticDescriptor UnknownConcept = DiagnosticDescriptor.Unusable("XG0202", "unknown concept '{0}'");
    public static readonly DiagnosticDescriptor PeriodTypeConflict = DiagnosticDescriptor.Unusable("XG0203", "concept '{0}' has periodType {1} but is mapped to {2} figures");
    public static readonly DiagnosticDescriptor UnitTypeMismatch = DiagnosticDescriptor.Unusable("XG0204", "unit '{0}' does not fit the item type {1} of concept '{2}'");
    public static readonly DiagnosticDescriptor TwoLinesOneConcept = DiagnosticDescriptor.Unusable("XG0205", "'{0}' and '{1}' both map to '{2}' in the same table; one concept holds one value per context");
    public static readonly DiagnosticDescriptor TableNotFound = DiagnosticDescriptor.Unusable("XG0206", "the release has no table for mapping table '{0}' ({1})");
    public static readonly DiagnosticDescriptor UnmappedLine = DiagnosticDescriptor.Warning("XG0207", "line '{0}' of {1} is not mapped to a concept; it is left out of the filing");
    public static readonly DiagnosticDescriptor MappedLineMissing = DiagnosticDescriptor.Warning("XG0208", "mapped line '{0}' of table '{1}' is not in the release");
    public static readonly DiagnosticDescriptor PeriodNotExpected = DiagnosticDescriptor.Unusable("XG0209", "the release's period ending {0} is not a quarter end of the fiscal year ending {1} in the mapping");
    public static readonly DiagnosticDescriptor ProseNotFound = DiagnosticDescriptor.Warning("XG0210", "prose figure '{0}' was not found in the release");
    public static readonly DiagnosticDescriptor SingleValueExpected = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: '{0}' must be a single value");
    public static readonly DiagnosticDescriptor KeyRequired = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: '{0}' is required here");
    public static readonly DiagnosticDescriptor FlagExpected = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: '{0}' must be true or false");
    public static readonly DiagnosticDescriptor ListExpected = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: '{0}' must be a list");
    public static readonly DiagnosticDescriptor ListItemMappingExpected = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: each item of '{0}' must be a mapping");
    public static readonly DiagnosticDescriptor MappingOfValuesExpected = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: '{0}' must be a mapping of single values");
    public static readonly DiagnosticDescriptor EntitySectionsMissing = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: entity.yaml needs 'entity' and 'document' sections");
    public static readonly DiagnosticDescriptor FiscalYearEndInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: fiscalYearEnd '{0}' is not a --MM-DD month and day");
    public static readonly DiagnosticDescriptor DashesInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: dashes '{0}' must be 'zero' or 'omit'");
    public static readonly DiagnosticDescriptor PrimaryLanguageInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: primaryLanguage '{0}' must be 'en' or 'ja'");
    public static readonly DiagnosticDescriptor UnitMeasuresMissing = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: unit '{0}' needs a measure, or a numerator and a denominator");
    public static readonly DiagnosticDescriptor CheckArity = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: a '{0}' check names {1} concepts, not {2}");
    public static readonly DiagnosticDescriptor CheckKindUnknown = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: a check is one of: {0}, each with a list of concepts");
    public static readonly DiagnosticDescriptor ExtensionConceptName = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: extension concept '{0}' must be named {1}:LocalName");
    public static readonly DiagnosticDescriptor PeriodTypeInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: periodType '{0}' must be instant or duration");
    public static readonly DiagnosticDescriptor MappedBalanceNotMonetary = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: '{0}' has a balance but is not monetary (XBRL 2.1 section 5.1.1.2)");
    public static readonly DiagnosticDescriptor MemberName = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: member '{0}' must be named {1}:LocalName");
    public static readonly DiagnosticDescriptor BalanceInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: balance '{0}' must be debit or credit");
    public static readonly DiagnosticDescriptor LineRoleInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: role '{0}' must be total, periodStart, periodEnd or terse");
    public static readonly DiagnosticDescriptor PeriodRoleInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: period '{0}' must be 'start' (or left out)");
    public static readonly DiagnosticDescriptor ProseScaleInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: scale '{0}' must be a whole number from 0 to 12");
    public static readonly DiagnosticDescriptor ProsePatternNoValue = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: a prose pattern needs a named group (?<value>...)");
    public static readonly DiagnosticDescriptor ProsePatternInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: bad pattern: {0}"); // the regular-expression parser's own message
    public static readonly DiagnosticDescriptor FiscalYearNamingInvalid = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: fiscalYearNaming '{0}' must be 'start' or 'end'");
    public static readonly DiagnosticDescriptor MemberNotDeclared = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: '{0}' is not a member the mapping declares on {1}");
    public static readonly DiagnosticDescriptor UnitNeeded = DiagnosticDescriptor.Unusable("XG0211", "invalid mapping value: '{0}' ({1}) needs a unit");
    public static readonly DiagnosticDescriptor UnknownUnit = DiagnosticDescriptor.Unusable("XG0212", "unknown unit '{0}'");
    public static readonly DiagnosticDescriptor UnmatchedSumItem = DiagnosticDescriptor.Unusable("XG0213", "the sum of '{0}' names '{1}', which is not a line of table '{2}'");
    public static readonly DiagnosticDescriptor CopyMissing = DiagnosticDescriptor.Unusable("XG0214", "{0} is in the {1} part of the release but not in the {2} part; the release looks cut short or damaged");

    // Facts and the release's own consistency.
    public static readonly DiagnosticDescriptor CopiesDisagreeRounded = DiagnosticDescriptor.Warning("XG0301", "{0} for {1} is printed as {2} and as {3}; they disagree after rounding, the more precise {4} is used");
    public static readonly DiagnosticDescriptor CopiesDisagree = DiagnosticDescriptor.Invalid("XG0302", "{0} for {1} is printed as {2} and as {3} at the same precision; cannot tell which is right");
    public static readonly DiagnosticDescriptor TotalDoesNotFoot = DiagnosticDescriptor.Invalid("XG0303", "{0} for {1} is {2}, but its lines add up to {3} (difference {4})");
    public static readonly DiagnosticDescriptor PercentMismatch = DiagnosticDescriptor.Warning("XG0304", "column '{0}' of '{1}' prints {2}, but {3} against {4} gives {5}");
    public static readonly DiagnosticDescriptor CrossCheckNotEqual = DiagnosticDescriptor.Warning("XG0305", "cross-check failed: {0} ({1}) and {2} ({3}) should be equal for {4}");
    public static readonly DiagnosticDescriptor RollForwardBroken = DiagnosticDescriptor.Warning("XG0305", "cross-check failed: {0} for {1} is {2}, but {3} went from {4} to {5}");
    public static readonly DiagnosticDescriptor ProductWrong = DiagnosticDescriptor.Warning("XG0305", "cross-check failed: {0} ({1}) should be {2} x {3} = {4}");
    public static readonly DiagnosticDescriptor MixedPrecisionSum = DiagnosticDescriptor.Info("XG0306", "{0} for {1}: the release prints {2} and its lines round to {3} at decimals {4}; the total agrees with the precise lines ({5}), so this summation is left out of the calculation linkbase");
    public static readonly DiagnosticDescriptor FactSummary = DiagnosticDescriptor.Info("XG0307", "{0} facts: {1} filed from the release's {2} printed figures (also {3} merged copies of them; not filed: {4} dashes, {5} % figures, {6} figures of unmapped lines), and {7} from the mapping (document and entity information)");
    public static readonly DiagnosticDescriptor ProseTableMismatch = DiagnosticDescriptor.Warning("XG0308", "the text states {0} as '{1}', the release prints {2}");

    // The review: contradictions of the release with itself. A warning is a contradiction of substance; an info is
    // rounding-level (one unit in the last printed digit, in a column that still foots).
    public static readonly DiagnosticDescriptor ProseRounding = DiagnosticDescriptor.Info("XG0309", "rounding: the text states {0} as '{1}', the release prints {2}");
    public static readonly DiagnosticDescriptor ConvenienceMismatch = DiagnosticDescriptor.Warning("XG0310", "'{0}' {1} {2} is not {3} {4} at the stated rate '{5}', which gives {6}");
    public static readonly DiagnosticDescriptor ConvenienceRounding = DiagnosticDescriptor.Info("XG0311", "rounding: '{0}' {1} {2} is not {3} {4} at the stated rate '{5}', which gives {6}");
    public static readonly DiagnosticDescriptor PercentRounding = DiagnosticDescriptor.Info("XG0312", "rounding: column '{0}' of '{1}' prints {2}, but {3} against {4} gives {5}");
    public static readonly DiagnosticDescriptor CaptionSign = DiagnosticDescriptor.Warning("XG0313", "'{0}' is captioned so that a positive figure is '{1}', but its figures are filed {5} as {3}, whose positive values are {4}: printed {2} is filed as {6}, and its other copy is {7}");
    public static readonly DiagnosticDescriptor PeriodReference = DiagnosticDescriptor.Warning("XG0314", "the text '{0}' names {1} as {2}, but the report's is {3}");
    public static readonly DiagnosticDescriptor CopiesDifferByRounding = DiagnosticDescriptor.Info("XG0315", "rounding: {0} for {1} is printed as {2} and as {3}, one unit apart in the last printed digit; the more precise {4} is used");
    public static readonly DiagnosticDescriptor CrossCheckRounding = DiagnosticDescriptor.Info("XG0316", "rounding: cross-check off by one unit in the last printed digit: {0} ({1}) and {2} ({3}) should be equal for {4}");

    // Output.
    public static readonly DiagnosticDescriptor OutputFailed = DiagnosticDescriptor.Unusable("XG0600", "cannot write the output to '{0}': {1}");
    public static readonly DiagnosticDescriptor OutputIsFile = DiagnosticDescriptor.Unusable("XG0601", "the output path '{0}' is a file, not a directory");
    public static readonly DiagnosticDescriptor OutputRejected = DiagnosticDescriptor.Info("XG0603", "the documents failed validation and are kept for inspection in '{0}'; '{1}' is unchanged");
    public static readonly DiagnosticDescriptor OutputNotOwn = DiagnosticDescriptor.Unusable("XG0604", "the output folder '{0}' holds files XbrlGen did not write ({1}); nothing was written, nothing deleted: move them or choose another --out");
    public static readonly DiagnosticDescriptor OutputOtherFiling = DiagnosticDescriptor.Unusable("XG0605", "the output folder '{0}' holds the filing '{1}', of another entity or period than '{2}'; nothing was written: choose another --out, or give --replace to replace it");
    public static readonly DiagnosticDescriptor TemplateError = DiagnosticDescriptor.Unusable("XG0602", "template '{0}': {1}");

    // Packages.
    public static readonly DiagnosticDescriptor PackageShape = DiagnosticDescriptor.Unusable("XG0610", "package '{0}': {1}");

    // XML safety and readability.
    public static readonly DiagnosticDescriptor XmlDtd = DiagnosticDescriptor.Unusable("XG0700", "DTDs and entity declarations are not allowed in XBRL input");
    public static readonly DiagnosticDescriptor XmlMalformed = DiagnosticDescriptor.Unusable("XG0701", "not well-formed XML: {0}");
    public static readonly DiagnosticDescriptor XmlRefRefused = DiagnosticDescriptor.Unusable("XG0702", "reference '{0}' leads outside its package: a document inside a package reaches only the package's own files and the catalog's");
    public static readonly DiagnosticDescriptor XmlRefNotInCatalog = DiagnosticDescriptor.Unusable("XG0702", "reference '{0}' is in no catalog and is never fetched (no network access); give the taxonomy package that publishes '{1}' with --package FILE, or put the taxonomy beside the instance");
    public static readonly DiagnosticDescriptor PackageUnreadable = DiagnosticDescriptor.Unusable("XG0710", "package '{0}' cannot be read as a zip: {1}");
    public static readonly DiagnosticDescriptor PackageStructure = DiagnosticDescriptor.Unusable("XG0711", "package '{0}': {1}");
    public static readonly DiagnosticDescriptor PackageLimit = DiagnosticDescriptor.Unusable("XG0712", "package '{0}' exceeds a safety limit: {1}");
    public static readonly DiagnosticDescriptor PackageEntryOutside = DiagnosticDescriptor.Unusable("XG0713", "package '{0}' has entry '{1}', whose path is absolute, has a drive or climbs with '..': it would lead outside the package");
    public static readonly DiagnosticDescriptor XmlTooLarge = DiagnosticDescriptor.Unusable("XG0703", "XML exceeds a safety limit: {0}");
    public static readonly DiagnosticDescriptor XmlRefUnresolved = DiagnosticDescriptor.Unusable("XG0704", "cannot resolve '{0}': {1}");

    // Command line.
    public static readonly DiagnosticDescriptor Usage = DiagnosticDescriptor.Unusable("XG0800", "{0}"); // the command-line parser's own message
    public static readonly DiagnosticDescriptor NoHome = DiagnosticDescriptor.Unusable("XG0801", "cannot find the XbrlGen folder (taxonomy/ and mappings/); run from the repository or set XBRLGEN_HOME");
    public static readonly DiagnosticDescriptor ConvertInputs = DiagnosticDescriptor.Unusable("XG0802", "convert takes one instance, or the pages of one Inline XBRL document set");
    public static readonly DiagnosticDescriptor ConvertUnsupported = DiagnosticDescriptor.Unusable("XG0804", "convert takes an xBRL-XML instance, an xBRL-JSON report, or the pages of one Inline XBRL document set; '{0}' is {1}");
    public static readonly DiagnosticDescriptor ConvertOverwrite = DiagnosticDescriptor.Unusable("XG0803", "the output '{0}' is an input; name another with --out");
    public static readonly DiagnosticDescriptor Internal = DiagnosticDescriptor.Unusable("XG0900", "internal error: {0}");

    // Quarter to quarter (issue 21): xBRL-JSON read in, and the release's comparatives against the previous filing.
    public static readonly DiagnosticDescriptor JsonMalformed = DiagnosticDescriptor.Unusable("XG0720", "not well-formed JSON: {0}");
    public static readonly DiagnosticDescriptor JsonUnknownConcept = DiagnosticDescriptor.Invalid("XG0721", "fact '{0}': '{1}' is not a concept of the report's taxonomy");
    public static readonly DiagnosticDescriptor JsonBadPeriod = DiagnosticDescriptor.Invalid("XG0722", "fact '{0}': period '{1}' is not an xBRL-JSON period (a date-time, or two joined by '/', the start before the end)");
    public static readonly DiagnosticDescriptor JsonStructure = DiagnosticDescriptor.Unusable("XG0723", "not an xBRL-JSON report: {0}");
    public static readonly DiagnosticDescriptor JsonBadFact = DiagnosticDescriptor.Invalid("XG0724", "fact '{0}': {1}");
    public static readonly DiagnosticDescriptor PreviousFilingChanged = DiagnosticDescriptor.Warning("XG0330", "{0} ({1}) for {2} is {3} (decimals {4}) in this release but was filed as {5} (decimals {6}) in the previous filing, a difference of {7} beyond rounding: a restatement, or a figure to correct");
    public static readonly DiagnosticDescriptor PreviousFilingOtherEntity = DiagnosticDescriptor.Unusable("XG0331", "the previous filing '{0}' reports entity {1}, not this release's {2}; compare a company's filing only with its own previous one");
    public static readonly DiagnosticDescriptor PreviousFilingUnreadable = DiagnosticDescriptor.Unusable("XG0332", "the previous filing '{0}' cannot be read (see the errors above)");
}
