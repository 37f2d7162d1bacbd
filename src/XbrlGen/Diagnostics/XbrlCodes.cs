namespace XbrlGen.Diagnostics;

/// <summary>Validation diagnostics, coded by the section of the specification they enforce (XBRL 2.1, Calculations 1.1, EFM).</summary>
public static class XbrlCodes
{
    public static readonly DiagnosticDescriptor NotAnInstance = DiagnosticDescriptor.Error("xbrl.4.1", "root element '{0}' is not xbrli:xbrl or xsd:schema");
    public static readonly DiagnosticDescriptor NoSchemaRef = DiagnosticDescriptor.Error("xbrl.4.2", "the instance has no link:schemaRef");
    public static readonly DiagnosticDescriptor SchemaInvalid = DiagnosticDescriptor.Error("xmlSchema", "{0}");
    public static readonly DiagnosticDescriptor ContextMissing = DiagnosticDescriptor.Error("xbrl.4.6.1", "fact {0} refers to context '{1}', which is not defined");
    public static readonly DiagnosticDescriptor UnitMissing = DiagnosticDescriptor.Error("xbrl.4.6.2", "numeric fact {0} refers to unit '{1}', which is not defined");
    public static readonly DiagnosticDescriptor UnitRequired = DiagnosticDescriptor.Error("xbrl.4.6.2", "numeric fact {0} has no unitRef");
    public static readonly DiagnosticDescriptor DecimalsRequired = DiagnosticDescriptor.Error("xbrl.4.6.3", "numeric fact {0} has neither decimals nor precision");
    public static readonly DiagnosticDescriptor UnitOnNonNumeric = DiagnosticDescriptor.Error("xbrl.4.6.2", "non-numeric fact {0} must not have a unitRef");
    public static readonly DiagnosticDescriptor PeriodDates = DiagnosticDescriptor.Error("xbrl.4.7.2", "context '{0}' has startDate {1} after endDate {2}");
    public static readonly DiagnosticDescriptor PeriodTypeMismatch = DiagnosticDescriptor.Error("xbrl.5.1.1.1", "fact {0} has periodType {1} but context '{2}' is {3}");
    public static readonly DiagnosticDescriptor UnitTypeMismatch = DiagnosticDescriptor.Error("xbrl.4.8.2", "fact {0} of type {1} cannot have unit '{2}'");
    public static readonly DiagnosticDescriptor UnknownConcept = DiagnosticDescriptor.Error("xbrl.4.6", "element {0} is not a concept of the DTS");
    public static readonly DiagnosticDescriptor CalcInconsistency = DiagnosticDescriptor.Error("calc11.roundingInconsistency", "{0} in context '{1}' is {2}, but its contributions add up to {3} at decimals {4} (role {5})");
    public static readonly DiagnosticDescriptor DuplicateInconsistent = DiagnosticDescriptor.Error("xbrl.4.10.inconsistentDuplicate", "{0} in context '{1}' is reported as {2} and as {3}");
    public static readonly DiagnosticDescriptor UnusedContext = DiagnosticDescriptor.Warning("EFM.6.5.8", "context '{0}' is not used by any fact");
    public static readonly DiagnosticDescriptor UnusedUnit = DiagnosticDescriptor.Warning("EFM.6.5.11", "unit '{0}' is not used by any fact");
    public static readonly DiagnosticDescriptor DuplicateContext = DiagnosticDescriptor.Warning("EFM.6.5.7", "contexts '{0}' and '{1}' are the same entity and period");
    public static readonly DiagnosticDescriptor DuplicateUnit = DiagnosticDescriptor.Warning("EFM.6.5.11", "units '{0}' and '{1}' have the same measures");
    public static readonly DiagnosticDescriptor PrecisionUsed = DiagnosticDescriptor.Warning("EFM.6.5.17", "fact {0} uses precision; use decimals");
    public static readonly DiagnosticDescriptor EntityIdentifierVaries = DiagnosticDescriptor.Warning("EFM.6.5.3", "context '{0}' has entity identifier {1}, others have {2}");
    public static readonly DiagnosticDescriptor LabelMissing = DiagnosticDescriptor.Error("XG0501", "concept {0} has no standard label in '{1}'");
}
