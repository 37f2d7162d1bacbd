namespace XbrlGen.Xbrl;

/// <summary>An explicit dimension value (XBRL Dimensions 1.0): an axis and one member of its domain.</summary>
/// <remarks>A list of them is keyed by <see cref="LineKey.MembersText(IReadOnlyList{ExplicitMember})"/>.</remarks>
public sealed record ExplicitMember(Concept Axis, Concept Member);

/// <summary>An XBRL context: who (entity identifier and its scheme), when, and (in its segment) which explicit members.</summary>
public sealed record Context(string Id, string Scheme, string Identifier, Period Period)
{
    public IReadOnlyList<ExplicitMember> Members { get; init; } = [];
}
