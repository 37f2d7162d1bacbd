namespace XbrlGen.Xbrl;

/// <summary>An explicit dimension value (XBRL Dimensions 1.0): an axis and one member of its domain.</summary>
public sealed record ExplicitMember(Concept Axis, Concept Member)
{
    /// <summary>A key for a list of members, empty for none: equal lists give equal keys.</summary>
    public static string Key(IReadOnlyList<ExplicitMember> members) =>
        members.Count == 0 ? string.Empty : string.Join(",", members.Select(m => m.Axis.Name.Prefixed + "=" + m.Member.Name.Prefixed));
}

/// <summary>An XBRL context: who (entity identifier and its scheme), when, and (in its segment) which explicit members.</summary>
public sealed record Context(string Id, string Scheme, string Identifier, Period Period)
{
    public IReadOnlyList<ExplicitMember> Members { get; init; } = [];
}
