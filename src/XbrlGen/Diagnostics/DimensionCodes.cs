namespace XbrlGen.Diagnostics;

/// <summary>
/// XBRL Dimensions 1.0 diagnostics, coded by the specification's error QNames: <c>xbrldte:</c> for the taxonomy,
/// <c>xbrldie:</c> for the instance.
/// </summary>
public static class DimensionCodes
{
    // Taxonomy (XDT 2).
    public static readonly DiagnosticDescriptor HypercubeNotAbstract = DiagnosticDescriptor.Error("xbrldte:HypercubeElementIsNotAbstractError", "hypercube {0} must be abstract");
    public static readonly DiagnosticDescriptor DimensionNotAbstract = DiagnosticDescriptor.Error("xbrldte:DimensionElementIsNotAbstractError", "dimension {0} must be abstract");
    public static readonly DiagnosticDescriptor TypedDomainRefOnNonDimension = DiagnosticDescriptor.Error("xbrldte:TypedDomainRefError", "{0} has xbrldt:typedDomainRef but is not a dimension");
    public static readonly DiagnosticDescriptor TypedDomainRefNoFragment = DiagnosticDescriptor.Error("xbrldte:TypedDimensionURIError", "typed dimension {0}: typedDomainRef '{1}' has no fragment identifier");
    public static readonly DiagnosticDescriptor TypedDomainRefOutOfDts = DiagnosticDescriptor.Error("xbrldte:OutOfDTSSchemaError", "typed dimension {0}: typedDomainRef '{1}' points outside the DTS");
    public static readonly DiagnosticDescriptor TypedDomainRefTarget = DiagnosticDescriptor.Error("xbrldte:TypedDimensionError", "typed dimension {0}: typedDomainRef '{1}' must point to a global, non-abstract element declaration");
    public static readonly DiagnosticDescriptor HypercubeDimensionSource = DiagnosticDescriptor.Error("xbrldte:HypercubeDimensionSourceError", "hypercube-dimension from {0} to {1} in {2}: the source must be a hypercube");
    public static readonly DiagnosticDescriptor HypercubeDimensionTarget = DiagnosticDescriptor.Error("xbrldte:HypercubeDimensionTargetError", "hypercube-dimension from {0} to {1} in {2}: the target must be a dimension");
    public static readonly DiagnosticDescriptor HasHypercubeSource = DiagnosticDescriptor.Error("xbrldte:HasHypercubeSourceError", "{0} from {1} to {2} in {3}: the source must be a primary item");
    public static readonly DiagnosticDescriptor HasHypercubeTarget = DiagnosticDescriptor.Error("xbrldte:HasHypercubeTargetError", "{0} from {1} to {2} in {3}: the target must be a hypercube");
    public static readonly DiagnosticDescriptor HasHypercubeContextElement = DiagnosticDescriptor.Error("xbrldte:HasHypercubeMissingContextElementAttributeError", "{0} from {1} to {2} in {3} has no xbrldt:contextElement");
    public static readonly DiagnosticDescriptor TargetRoleNotResolved = DiagnosticDescriptor.Error("xbrldte:TargetRoleNotResolvedError", "xbrldt:targetRole {0} has no roleRef in its linkbase");
    public static readonly DiagnosticDescriptor DimensionDomainSource = DiagnosticDescriptor.Error("xbrldte:DimensionDomainSourceError", "dimension-domain from {0} to {1} in {2}: the source must be an explicit dimension");
    public static readonly DiagnosticDescriptor DimensionDomainTarget = DiagnosticDescriptor.Error("xbrldte:DimensionDomainTargetError", "dimension-domain from {0} to {1} in {2}: the target must be a domain member");
    public static readonly DiagnosticDescriptor DomainMemberSource = DiagnosticDescriptor.Error("xbrldte:DomainMemberSourceError", "domain-member from {0} to {1} in {2}: the source must be a domain member or primary item");
    public static readonly DiagnosticDescriptor DomainMemberTarget = DiagnosticDescriptor.Error("xbrldte:DomainMemberTargetError", "domain-member from {0} to {1} in {2}: the target must be a domain member or primary item");
    public static readonly DiagnosticDescriptor DimensionDefaultSource = DiagnosticDescriptor.Error("xbrldte:DimensionDefaultSourceError", "dimension-default from {0} to {1} in {2}: the source must be an explicit dimension");
    public static readonly DiagnosticDescriptor DimensionDefaultTarget = DiagnosticDescriptor.Error("xbrldte:DimensionDefaultTargetError", "dimension-default from {0} to {1} in {2}: the target must be a domain member");
    public static readonly DiagnosticDescriptor TooManyDefaults = DiagnosticDescriptor.Error("xbrldte:TooManyDefaultMembersError", "dimension {0} has more than one default ({1} and {2})");
    public static readonly DiagnosticDescriptor DirectedCycle = DiagnosticDescriptor.Error("xbrldte:DRSDirectedCycleError", "the DRS of hypercube {0} in {1} has a directed cycle through dimension {2}'s domain");
    public static readonly DiagnosticDescriptor Polymorphism = DiagnosticDescriptor.Error("xbrldte:PrimaryItemPolymorphismError", "primary item {0} of the DRS in {1} is also a member of dimension {2}");

    // Instance (XDT 3).
    public static readonly DiagnosticDescriptor NotTypedDimension = DiagnosticDescriptor.Error("xbrldie:TypedMemberNotTypedDimensionError", "context '{0}': typedMember dimension {1} is not a typed dimension");
    public static readonly DiagnosticDescriptor NotExplicitDimension = DiagnosticDescriptor.Error("xbrldie:ExplicitMemberNotExplicitDimensionError", "context '{0}': explicitMember dimension {1} is not an explicit dimension");
    public static readonly DiagnosticDescriptor MemberUndefined = DiagnosticDescriptor.Error("xbrldie:ExplicitMemberUndefinedQNameError", "context '{0}': member {1} of dimension {2} is not a global element declaration");
    public static readonly DiagnosticDescriptor DefaultUsed = DiagnosticDescriptor.Error("xbrldie:DefaultValueUsedInInstanceError", "context '{0}': member {1} is the default of dimension {2} and must not be written");
    public static readonly DiagnosticDescriptor TypedContent = DiagnosticDescriptor.Error("xbrldie:IllegalTypedDimensionContentError", "context '{0}': typed dimension {1} has {2}");
    public static readonly DiagnosticDescriptor RepeatedDimension = DiagnosticDescriptor.Error("xbrldie:RepeatedDimensionInInstanceError", "context '{0}' gives dimension {1} more than once");
    public static readonly DiagnosticDescriptor DimensionallyInvalid = DiagnosticDescriptor.Error("xbrldie:PrimaryItemDimensionallyInvalidError", "fact {0} in context '{1}' is not dimensionally valid: {2}");
}
