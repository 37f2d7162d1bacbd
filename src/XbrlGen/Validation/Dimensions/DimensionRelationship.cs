using XbrlGen.Validation.Linkbases;
using XbrlGen.Validation.Taxonomies;
namespace XbrlGen.Validation.Dimensions;

/// <summary>One XDT relationship between concepts, with the xbrldt attributes of its arc.</summary>
internal sealed record DimensionRelationship(XbrlConcept From, XbrlConcept To, string Elr, string? TargetRole, bool Closed, string? ContextElement, bool Usable, bool NotAll, NetworkRelationship Source)
{
    /// <summary>The role in which the consecutive relationships are looked for: the target role, or this one's.</summary>
    public string Next => TargetRole ?? Elr;
}
