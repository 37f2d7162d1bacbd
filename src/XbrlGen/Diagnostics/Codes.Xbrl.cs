namespace XbrlGen.Diagnostics;

/// <summary>
/// Validation diagnostics, coded by the section of the specification they enforce: <c>xbrl.</c> XBRL 2.1,
/// <c>xlink.</c> XLink 1.0, <c>calc11.</c> Calculations 1.1, <c>utr.</c> the Units Registry, <c>EFM.</c> the EDGAR Filer Manual.
/// </summary>
public static partial class Codes
{
    // Documents and discovery.
    public static readonly DiagnosticDescriptor NotAnInstance = DiagnosticDescriptor.Invalid("xbrl.4.1", "root element '{0}' is not xbrli:xbrl, xsd:schema or link:linkbase");
    public static readonly DiagnosticDescriptor NoSchemaRef = DiagnosticDescriptor.Invalid("xbrl.4.2", "the instance has no link:schemaRef");
    public static readonly DiagnosticDescriptor SchemaRefTarget = DiagnosticDescriptor.Invalid("xbrl.4.2.2", "schemaRef '{0}' does not point to an XML Schema");
    public static readonly DiagnosticDescriptor LinkbaseRefArcrole = DiagnosticDescriptor.Invalid("xbrl.4.3.3", "linkbaseRef '{0}' must have xlink:arcrole http://www.w3.org/1999/xlink/properties/linkbase");
    public static readonly DiagnosticDescriptor LinkbaseRefTarget = DiagnosticDescriptor.Invalid("xbrl.4.3.2", "linkbaseRef '{0}' does not point to a linkbase");
    public static readonly DiagnosticDescriptor LinkbaseRefRole = DiagnosticDescriptor.Invalid("xbrl.4.3.4", "linkbaseRef '{0}' has role {1}, but the linkbase holds {2}");
    public static readonly DiagnosticDescriptor SchemaInvalid = DiagnosticDescriptor.Invalid("xmlSchema", "{0}");
    public static readonly DiagnosticDescriptor PatternEscape = DiagnosticDescriptor.Invalid("xmlSchema", "the pattern '{0}' uses the escape '\\{1}', which XML Schema regular expressions do not have");

    // XML Schema validity that the instance reader checks itself, on its fast path, in the schema's own terms (code
    // xmlSchema, as System.Xml.Schema's own messages, which only SchemaInvalid passes on).
    public static readonly DiagnosticDescriptor IdDuplicate = DiagnosticDescriptor.Invalid("xmlSchema", "there is already an element with id '{0}'");
    public static readonly DiagnosticDescriptor RootText = DiagnosticDescriptor.Invalid("xmlSchema", "xbrli:xbrl cannot contain text");
    public static readonly DiagnosticDescriptor RootOrder = DiagnosticDescriptor.Invalid("xmlSchema", "the element '{0}' is not expected here in xbrli:xbrl");
    public static readonly DiagnosticDescriptor RootNotAllowed = DiagnosticDescriptor.Invalid("xmlSchema", "the element '{0}' is not an item, tuple, context, unit or footnote link and is not allowed in xbrli:xbrl");
    public static readonly DiagnosticDescriptor ElementNotDeclared = DiagnosticDescriptor.Invalid("xmlSchema", "the element '{0}' is not declared");
    public static readonly DiagnosticDescriptor NilNotBoolean = DiagnosticDescriptor.Invalid("xmlSchema", "xsi:nil '{0}' is not a boolean");
    public static readonly DiagnosticDescriptor AttributeRequired = DiagnosticDescriptor.Invalid("xmlSchema", "the required attribute '{0}' is missing");
    public static readonly DiagnosticDescriptor ElementAbstract = DiagnosticDescriptor.Invalid("xmlSchema", "the element '{0}' is abstract");
    public static readonly DiagnosticDescriptor ElementNotNillable = DiagnosticDescriptor.Invalid("xmlSchema", "the element '{0}' is not nillable");
    public static readonly DiagnosticDescriptor NilNotEmpty = DiagnosticDescriptor.Invalid("xmlSchema", "the element '{0}' is nil and must be empty");
    public static readonly DiagnosticDescriptor SimpleContentChild = DiagnosticDescriptor.Invalid("xmlSchema", "the element '{0}' cannot contain child element '{1}'");
    public static readonly DiagnosticDescriptor DatatypeInvalid = DiagnosticDescriptor.Invalid("xmlSchema", "{0} '{1}' is invalid according to its datatype: {2}");
    public static readonly DiagnosticDescriptor ForeverNotEmpty = DiagnosticDescriptor.Invalid("xmlSchema", "forever must be empty");
    public static readonly DiagnosticDescriptor DateUnionInvalid = DiagnosticDescriptor.Invalid("xmlSchema", "the value '{0}' of {1} is not a date or dateTime (xbrli:dateUnion)");

    // Taxonomy schemas (section 5.1).
    public static readonly DiagnosticDescriptor PeriodTypeMissing = DiagnosticDescriptor.Invalid("xbrl.5.1.1.1", "item {0} has no xbrli:periodType");
    public static readonly DiagnosticDescriptor ItemTypeInvalid = DiagnosticDescriptor.Invalid("xbrl.5.1.1", "item {0} has a type not derived from an XBRL item type");
    public static readonly DiagnosticDescriptor BalanceNotMonetary = DiagnosticDescriptor.Invalid("xbrl.5.1.1.2", "{0} has xbrli:balance but is not monetary");
    public static readonly DiagnosticDescriptor TupleAttributes = DiagnosticDescriptor.Invalid("xbrl.5.1.2", "tuple {0} must not have xbrli:balance or xbrli:periodType");
    public static readonly DiagnosticDescriptor TupleContent = DiagnosticDescriptor.Invalid("xbrl.5.1.2", "tuple {0}: {1}");
    public static readonly DiagnosticDescriptor UsedOnDuplicate = DiagnosticDescriptor.Invalid("xbrl.5.1.3.4", "role type {0} names usedOn {1} twice");
    public static readonly DiagnosticDescriptor RoleTypeDuplicate = DiagnosticDescriptor.Invalid("xbrl.5.1.3", "{0} is declared more than once, and the declarations are not equivalent");
    public static readonly DiagnosticDescriptor RedefineUsed = DiagnosticDescriptor.Invalid("xbrl.5.1", "xsd:redefine must not be used in a taxonomy schema");

    // Linkbases (sections 3.5 and 5.2).
    public static readonly DiagnosticDescriptor RoleRefDuplicate = DiagnosticDescriptor.Invalid("xbrl.3.5.2.4.5", "two {0} elements for {1} in one linkbase");
    public static readonly DiagnosticDescriptor RoleRefTarget = DiagnosticDescriptor.Invalid("xbrl.3.5.2.4", "{0} for {1} does not point to a {2} declaring it");
    public static readonly DiagnosticDescriptor RoleNotReferenced = DiagnosticDescriptor.Invalid("xbrl.3.5.2.4", "custom role {0} is used without a {1} in the same linkbase or instance");
    public static readonly DiagnosticDescriptor UsedOnMissing = DiagnosticDescriptor.Invalid("xbrl.5.1.3.4", "{0} is not declared usedOn {1}");
    public static readonly DiagnosticDescriptor StandardRoleMisused = DiagnosticDescriptor.Invalid("xbrl.3.5.3", "standard role {0} is not defined for {1}");
    public static readonly DiagnosticDescriptor StandardArcroleMisused = DiagnosticDescriptor.Invalid("xbrl.5.2", "standard arcrole {0} is not defined for {1}");
    public static readonly DiagnosticDescriptor NonStandardInStandardLink = DiagnosticDescriptor.Invalid("xbrl.5.2", "{0} is not allowed in a standard {1}");
    public static readonly DiagnosticDescriptor ArcDuplicate = DiagnosticDescriptor.Invalid("xlink.arcDuplication", "two arcs from '{0}' to '{1}' in one {2}");
    public static readonly DiagnosticDescriptor ArcEndpointMissing = DiagnosticDescriptor.Invalid("xbrl.3.5.3.9", "arc label '{0}' matches no locator or resource in its {1}");
    public static readonly DiagnosticDescriptor RemoteResourceArc = DiagnosticDescriptor.Invalid("xbrl.5.2.2.3", "an arc to '{0}', a resource in another linkbase, may only prohibit (use=\"prohibited\")");
    public static readonly DiagnosticDescriptor RoleUriNotAbsolute = DiagnosticDescriptor.Invalid("xbrl.5.1.3", "role or arcrole URI '{0}' is not an absolute URI");
    public static readonly DiagnosticDescriptor DeclarationAttribute = DiagnosticDescriptor.Invalid("xmlSchema", "attribute {0} of {1}: '{2}' is not a valid {3}");
    public static readonly DiagnosticDescriptor XPointerScheme = DiagnosticDescriptor.Invalid("xbrl.3.5.4", "'{0}' uses an XPointer scheme other than element()");
    public static readonly DiagnosticDescriptor LocatorTarget = DiagnosticDescriptor.Invalid("xbrl.3.5.3.7.2", "locator '{0}' points to nothing in the DTS");
    public static readonly DiagnosticDescriptor LocatorNotConcept = DiagnosticDescriptor.Invalid("xbrl.5.2.2.1", "locator '{0}' in a {1} does not point to a concept");
    public static readonly DiagnosticDescriptor ArcEndpointType = DiagnosticDescriptor.Invalid("xbrl.5.2", "a {0} arc must not end at {1}");
    public static readonly DiagnosticDescriptor SummationEndpoints = DiagnosticDescriptor.Invalid("xbrl.5.2.5.2", "summation-item relationships must connect numeric items");
    public static readonly DiagnosticDescriptor WeightZero = DiagnosticDescriptor.Invalid("xbrl.5.2.5.2.1", "a calculation weight must not be zero");
    public static readonly DiagnosticDescriptor BalanceWeight = DiagnosticDescriptor.Invalid("xbrl.5.1.1.2", "{0} ({1}) sums {2} ({3}) with weight {4}; the sign contradicts the balances");
    public static readonly DiagnosticDescriptor EssenceAliasEndpoints = DiagnosticDescriptor.Invalid("xbrl.5.2.6.2.2", "essence-alias from {0} to {1}: both must be items of the same type, period type and balance");
    public static readonly DiagnosticDescriptor Cycle = DiagnosticDescriptor.Invalid("xbrl.5.2.cycles", "relationships with arcrole {0} form a cycle ({1} allowed) in role {2}");
    public static readonly DiagnosticDescriptor PreferredLabelMissing = DiagnosticDescriptor.Invalid("xbrl.5.2.4.2.1", "preferredLabel {0}: concept {1} has no label with that role");

    // Instances (section 4).
    public static readonly DiagnosticDescriptor ContextMissing = DiagnosticDescriptor.Invalid("xbrl.4.6.1", "fact {0} refers to context '{1}', which is not defined");
    public static readonly DiagnosticDescriptor UnitMissing = DiagnosticDescriptor.Invalid("xbrl.4.6.2", "numeric fact {0} refers to unit '{1}', which is not defined");
    public static readonly DiagnosticDescriptor UnitRequired = DiagnosticDescriptor.Invalid("xbrl.4.6.2", "numeric fact {0} has no unitRef");
    public static readonly DiagnosticDescriptor UnitOnNonNumeric = DiagnosticDescriptor.Invalid("xbrl.4.6.2", "non-numeric fact {0} must not have a unitRef");
    public static readonly DiagnosticDescriptor DecimalsRequired = DiagnosticDescriptor.Invalid("xbrl.4.6.3", "numeric fact {0} has neither decimals nor precision");
    public static readonly DiagnosticDescriptor PrecisionAndDecimals = DiagnosticDescriptor.Invalid("xbrl.4.6.3", "fact {0} has both decimals and precision");
    public static readonly DiagnosticDescriptor PrecisionNotAllowed = DiagnosticDescriptor.Invalid("xbrl.4.6.3", "fact {0} must not have decimals or precision ({1})");
    public static readonly DiagnosticDescriptor PeriodDates = DiagnosticDescriptor.Invalid("xbrl.4.7.2", "context '{0}' has startDate {1} not before endDate {2}");
    public static readonly DiagnosticDescriptor SegmentContent = DiagnosticDescriptor.Invalid("xbrl.4.7.3.2", "the {0} of context '{1}' contains {2}, which is an XBRL element");
    public static readonly DiagnosticDescriptor PeriodTypeMismatch = DiagnosticDescriptor.Invalid("xbrl.5.1.1.1", "fact {0} has periodType {1} but context '{2}' is {3}");
    public static readonly DiagnosticDescriptor FactUnitMismatch = DiagnosticDescriptor.Invalid("xbrl.4.8.2", "fact {0} of type {1} cannot have unit '{2}'");
    public static readonly DiagnosticDescriptor MeasureInvalid = DiagnosticDescriptor.Invalid("xbrl.4.8.2", "unit '{0}' has an invalid measure '{1}': {2}");
    public static readonly DiagnosticDescriptor UnitNotSimplest = DiagnosticDescriptor.Invalid("xbrl.4.8.4", "unit '{0}' has measure {1} in both numerator and denominator");
    public static readonly DiagnosticDescriptor FootnoteLocator = DiagnosticDescriptor.Invalid("xbrl.4.11.1.1", "footnote locator '{0}' does not point to a fact of this instance");
    public static readonly DiagnosticDescriptor TupleFactAttribute = DiagnosticDescriptor.Invalid("xbrl.4.9", "tuple {0} has attribute {1} in an XBRL namespace");
    public static readonly DiagnosticDescriptor LanguageInvalid = DiagnosticDescriptor.Invalid("xmlSchema", "xml:lang '{0}' is not a valid language code (xs:language)");
    public static readonly DiagnosticDescriptor LabelLang = DiagnosticDescriptor.Invalid("xbrl.5.2.2.2.1", "a label must have an xml:lang attribute in scope");
    public static readonly DiagnosticDescriptor FootnoteLang = DiagnosticDescriptor.Invalid("xbrl.4.11.1.2.1", "a footnote must have an xml:lang attribute");
    public static readonly DiagnosticDescriptor FootnoteArcEnds = DiagnosticDescriptor.Invalid("xbrl.4.11.1.3.1", "a fact-footnote arc must go from a fact locator to a footnote");
    public static readonly DiagnosticDescriptor CalcInconsistency = DiagnosticDescriptor.Invalid("calc11.roundingInconsistency", "{0} in context '{1}' is {2}, but its contributions add up to {3} at decimals {4} (role {5})");
    public static readonly DiagnosticDescriptor CalcInconsistencyClassic = DiagnosticDescriptor.Invalid("xbrl.5.2.5.2", "{0} in context '{1}' is {2}, but its contributions add up to {3} at decimals {4} (role {5})");
    public static readonly DiagnosticDescriptor DuplicateInconsistent = DiagnosticDescriptor.Warning("xbrl.4.10.inconsistentDuplicate", "{0} in context '{1}' is reported as {2} and as {3}");
    public static readonly DiagnosticDescriptor DuplicateFact = DiagnosticDescriptor.Invalid("xbrl.4.10.duplicate", "{0} in context '{1}' is reported more than once ({2} duplicate)");
    public static readonly DiagnosticDescriptor EssenceAliasInconsistent = DiagnosticDescriptor.Invalid("xbrl.5.2.6.2.2", "essence {0} and alias {1} in context '{2}' have different values ({3} and {4})");
    public static readonly DiagnosticDescriptor RequiresElementMissing = DiagnosticDescriptor.Invalid("xbrl.5.2.6.2.4", "{0} is reported, so {1} must be reported too (requires-element)");
    public static readonly DiagnosticDescriptor UtrUnknownMeasure = DiagnosticDescriptor.Invalid("utr.unknownMeasure", "unit '{0}': measure {1} is not in the Units Registry");
    public static readonly DiagnosticDescriptor UtrWrongType = DiagnosticDescriptor.Invalid("utr.itemType", "fact {0} of type {1} cannot use unit '{2}', which the Units Registry defines for {3}");

    // Filer-manual profile.
    public static readonly DiagnosticDescriptor UnusedContext = DiagnosticDescriptor.Warning("EFM.6.5.8", "context '{0}' is not used by any fact");
    public static readonly DiagnosticDescriptor UnusedUnit = DiagnosticDescriptor.Warning("EFM.6.5.11", "unit '{0}' is not used by any fact");
    public static readonly DiagnosticDescriptor DuplicateContext = DiagnosticDescriptor.Warning("EFM.6.5.7", "contexts '{0}' and '{1}' are the same entity and period");
    public static readonly DiagnosticDescriptor DuplicateUnit = DiagnosticDescriptor.Warning("EFM.6.5.11", "units '{0}' and '{1}' have the same measures");
    public static readonly DiagnosticDescriptor PrecisionUsed = DiagnosticDescriptor.Warning("EFM.6.5.17", "fact {0} uses precision; use decimals");
    public static readonly DiagnosticDescriptor DecimalsTruncate = DiagnosticDescriptor.Invalid("EFM.6.5.37", "fact {0} has value {1} but decimals {2} would truncate it");
    public static readonly DiagnosticDescriptor EntityIdentifierVaries = DiagnosticDescriptor.Warning("EFM.6.5.3", "context '{0}' has entity identifier {1}, others have {2}");
    public static readonly DiagnosticDescriptor DocumentPeriodContext = DiagnosticDescriptor.Invalid("EFM.6.5.20", "no dei:DocumentPeriodEndDate fact names the required document-period context");
    public static readonly DiagnosticDescriptor LabelWhitespace = DiagnosticDescriptor.Invalid("EFM.6.10.8", "label '{0}' has leading, trailing or doubled whitespace");
    public static readonly DiagnosticDescriptor LabelLessThan = DiagnosticDescriptor.Invalid("EFM.6.10.8", "label '{0}' contains '<'");
    public static readonly DiagnosticDescriptor CikNotTenDigits = DiagnosticDescriptor.Invalid("EFM.6.5.1", "{0} '{1}' is not a CIK: a CIK is 10 digits (zero-padded, as 0001234567)");
    public static readonly DiagnosticDescriptor CalculationCycle = DiagnosticDescriptor.Invalid("EFM.6.14.5", "calculation relationships form a cycle in role {0}");
    public static readonly DiagnosticDescriptor LabelMissing = DiagnosticDescriptor.Invalid("XG0501", "concept {0} has no standard label in '{1}'");

    // Inline XBRL 1.1: codes are the specification's section and the error's name, as Arelle reports them.
    public static readonly DiagnosticDescriptor InlineNotXhtml = DiagnosticDescriptor.Invalid("ix11.3:notInlineDocument", "the root element '{0}' is not an XHTML html element, so this is not an Inline XBRL document");
    public static readonly DiagnosticDescriptor InlineMissingHeader = DiagnosticDescriptor.Invalid("ix11.8.1.3:missingHeader", "no document of the set has an ix:header");
    public static readonly DiagnosticDescriptor InlineMissingReferences = DiagnosticDescriptor.Invalid("ix11.12.1.2:missingReferences", "no ix:references in the set names a schema (link:schemaRef)");
    public static readonly DiagnosticDescriptor InlineMissingResources = DiagnosticDescriptor.Invalid("ix11.14.1.2:missingResources", "no ix:header of the set has ix:resources");
    public static readonly DiagnosticDescriptor InlineResourceIdDuplication = DiagnosticDescriptor.Invalid("ix11.14.1.2:resourceIdDuplication", "id '{0}' of a context or unit is used twice in the document set");
    public static readonly DiagnosticDescriptor InlinePrefixConflict = DiagnosticDescriptor.Invalid("ix11.12.1.2:referencesNamespacePrefixConflict", "prefix '{0}' names {1} here and {2} elsewhere in the document set");
    public static readonly DiagnosticDescriptor InlineUnknownPrefix = DiagnosticDescriptor.Invalid("ix11.3:undeclaredPrefix", "{0} '{1}' uses a prefix that is not declared");
    public static readonly DiagnosticDescriptor InlineInvalidTransformation = DiagnosticDescriptor.Invalid("ix11.10.1.2:invalidTransformation", "fact {0} has transformation {1}, which is not in the Transformation Registry 3, 4 or 5 or not supported");
    public static readonly DiagnosticDescriptor InlineTransformValue = DiagnosticDescriptor.Invalid("ix11.10.1.1:transformValueError", "fact {0}: '{1}' is not a valid {2} value");
    public static readonly DiagnosticDescriptor InlineNonFractionChildren = DiagnosticDescriptor.Invalid("ix11.10.1.1:nonFractionChildren", "ix:nonFraction {0} must hold text only, or one ix:nonFraction and nothing else");
    public static readonly DiagnosticDescriptor InlineContinuationMissing = DiagnosticDescriptor.Invalid("ix11.4.1.2:continuationMissing", "continuedAt '{0}' names no ix:continuation in the document set");
    public static readonly DiagnosticDescriptor InlineContinuationCycle = DiagnosticDescriptor.Invalid("ix11.4.1.2:continuationCycle", "the continuation chain from '{0}' runs into itself");
    public static readonly DiagnosticDescriptor InlineContinuationReuse = DiagnosticDescriptor.Invalid("ix11.4.1.2:continuationReferences", "ix:continuation '{0}' is the continuation of more than one element");
    public static readonly DiagnosticDescriptor InlineContinuationUnused = DiagnosticDescriptor.Invalid("ix11.4.1.2:continuationNotReferenced", "ix:continuation '{0}' is not the continuation of any fact");
    public static readonly DiagnosticDescriptor InlineExcludeMisplaced = DiagnosticDescriptor.Invalid("ix11.5.1.1:excludeMisplaced", "ix:exclude must be inside an ix:nonNumeric, ix:footnote or ix:continuation");
    public static readonly DiagnosticDescriptor InlineFactMisplaced = DiagnosticDescriptor.Invalid("ix11.3:factInHeader", "{0} {1} is inside ix:header but not in ix:hidden");
    public static readonly DiagnosticDescriptor InlineUnsupported = DiagnosticDescriptor.Invalid("ix11:unsupported", "{0} is not supported by this validator; the document set cannot be checked");
    public static readonly DiagnosticDescriptor InlineOtherTarget = DiagnosticDescriptor.Warning("ix11:otherTarget", "{0} belongs to target document '{1}'; only the default target document is built and validated");
}
