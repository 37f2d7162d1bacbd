namespace XbrlGen.Diagnostics;

/// <summary>
/// XBRL Dimensions 1.0 diagnostics, coded by the specification's error QNames: <c>xbrldte:</c> for the taxonomy,
/// <c>xbrldie:</c> for the instance.
/// </summary>
public static partial class Codes
{
    // Taxonomy (XDT 2).
    public static readonly DiagnosticDescriptor HypercubeNotAbstract = DiagnosticDescriptor.Invalid("xbrldte:HypercubeElementIsNotAbstractError", "hypercube {0} must be abstract");
    public static readonly DiagnosticDescriptor DimensionNotAbstract = DiagnosticDescriptor.Invalid("xbrldte:DimensionElementIsNotAbstractError", "dimension {0} must be abstract");
    public static readonly DiagnosticDescriptor TypedDomainRefOnNonDimension = DiagnosticDescriptor.Invalid("xbrldte:TypedDomainRefError", "{0} has xbrldt:typedDomainRef but is not a dimension");
    public static readonly DiagnosticDescriptor TypedDomainRefNoFragment = DiagnosticDescriptor.Invalid("xbrldte:TypedDimensionURIError", "typed dimension {0}: typedDomainRef '{1}' has no fragment identifier");
    public static readonly DiagnosticDescriptor TypedDomainRefOutOfDts = DiagnosticDescriptor.Invalid("xbrldte:OutOfDTSSchemaError", "typed dimension {0}: typedDomainRef '{1}' points outside the DTS");
    public static readonly DiagnosticDescriptor TypedDomainRefTarget = DiagnosticDescriptor.Invalid("xbrldte:TypedDimensionError", "typed dimension {0}: typedDomainRef '{1}' must point to a global, non-abstract element declaration");
    public static readonly DiagnosticDescriptor HypercubeDimensionSource = DiagnosticDescriptor.Invalid("xbrldte:HypercubeDimensionSourceError", "hypercube-dimension from {0} to {1} in {2}: the source must be a hypercube");
    public static readonly DiagnosticDescriptor HypercubeDimensionTarget = DiagnosticDescriptor.Invalid("xbrldte:HypercubeDimensionTargetError", "hypercube-dimension from {0} to {1} in {2}: the target must be a dimension");
    public static readonly DiagnosticDescriptor HasHypercubeSource = DiagnosticDescriptor.Invalid("xbrldte:HasHypercubeSourceError", "{0} from {1} to {2} in {3}: the source must be a primary item");
    public static readonly DiagnosticDescriptor HasHypercubeTarget = DiagnosticDescriptor.Invalid("xbrldte:HasHypercubeTargetError", "{0} from {1} to {2} in {3}: the target must be a hypercube");
    public static readonly DiagnosticDescriptor HasHypercubeContextElement = DiagnosticDescriptor.Invalid("xbrldte:HasHypercubeMissingContextElementAttributeError", "{0} from {1} to {2} in {3} has no xbrldt:contextElement");
    public static readonly DiagnosticDescriptor TargetRoleNotResolved = DiagnosticDescriptor.Invalid("xbrldte:TargetRoleNotResolvedError", "xbrldt:targetRole {0} has no roleRef in its linkbase");
    public static readonly DiagnosticDescriptor DimensionDomainSource = DiagnosticDescriptor.Invalid("xbrldte:DimensionDomainSourceError", "dimension-domain from {0} to {1} in {2}: the source must be an explicit dimension");
    public static readonly DiagnosticDescriptor DimensionDomainTarget = DiagnosticDescriptor.Invalid("xbrldte:DimensionDomainTargetError", "dimension-domain from {0} to {1} in {2}: the target must be a domain member");
    public static readonly DiagnosticDescriptor DomainMemberSource = DiagnosticDescriptor.Invalid("xbrldte:DomainMemberSourceError", "domain-member from {0} to {1} in {2}: the source must be a domain member or primary item");
    public static readonly DiagnosticDescriptor DomainMemberTarget = DiagnosticDescriptor.Invalid("xbrldte:DomainMemberTargetError", "domain-member from {0} to {1} in {2}: the target must be a domain member or primary item");
    public static readonly DiagnosticDescriptor DimensionDefaultSource = DiagnosticDescriptor.Invalid("xbrldte:DimensionDefaultSourceError", "dimension-default from {0} to {1} in {2}: the source must be an explicit dimension");
    public static readonly DiagnosticDescriptor DimensionDefaultTarget = DiagnosticDescriptor.Invalid("xbrldte:DimensionDefaultTargetError", "dimension-default from {0} to {1} in {2}: the target must be a domain member");
    public static readonly DiagnosticDescriptor TooManyDefaults = DiagnosticDescriptor.Invalid("xbrldte:TooManyDefaultMembersError", "dimension {0} has more than one default ({1} and {2})");
    public static readonly DiagnosticDescriptor DirectedCycle = DiagnosticDescriptor.Invalid("xbrldte:DRSDirectedCycleError", "the DRS of hypercube {0} in {1} has a directed cycle through dimension {2}'s domain");
    public static readonly DiagnosticDescriptor Polymorphism = DiagnosticDescriptor.Invalid("xbrldte:PrimaryItemPolymorphismError", "primary item {0} of the DRS in {1} is also a member of dimension {2}");

    // Instance (XDT 3).
    public static readonly DiagnosticDescriptor NotTypedDimension = DiagnosticDescriptor.Invalid("xbrldie:TypedMemberNotTypedDimensionError", "context '{0}': typedMember dimension {1} is not a typed dimension");
    public static readonly DiagnosticDescriptor NotExplicitDimension = DiagnosticDescriptor.Invalid("xbrldie:ExplicitMemberNotExplicitDimensionError", "context '{0}': explicitMember dimension {1} is not an explicit dimension");
    public static readonly DiagnosticDescriptor MemberUndefined = DiagnosticDescriptor.Invalid("xbrldie:ExplicitMemberUndefinedQNameError", "context '{0}': member {1} of dimension {2} is not a global element declaration");
    public static readonly DiagnosticDescriptor DefaultUsed = DiagnosticDescriptor.Invalid("xbrldie:DefaultValueUsedInInstanceError", "context '{0}': member {1} is the default of dimension {2} and must not be written");
    public static readonly DiagnosticDescriptor TypedContent = DiagnosticDescriptor.Invalid("xbrldie:IllegalTypedDimensionContentError", "context '{0}': typed dimension {1} has {2}");
    public static readonly DiagnosticDescriptor RepeatedDimension = DiagnosticDescriptor.Invalid("xbrldie:RepeatedDimensionInInstanceError", "context '{0}' gives dimension {1} more than once");
    public static readonly DiagnosticDescriptor DimensionallyInvalid = DiagnosticDescriptor.Invalid("xbrldie:PrimaryItemDimensionallyInvalidError", "fact {0} in context '{1}' is not dimensionally valid: {2}");
}
