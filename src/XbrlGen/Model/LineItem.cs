namespace XbrlGen.Model;

/// <summary>
/// A line item: a concept and the explicit members its figures are reported on (none for a plain line item), so a
/// breakdown's members are told from their total. Two are equal when their concepts and members are.
/// </summary>
public sealed record LineItem(Concept Concept, IReadOnlyList<ExplicitMember> Members)
{
    /// <summary>The line item a fact reports.</summary>
    public static LineItem Of(Fact fact) => new(fact.Concept, fact.Context.Members);

    /// <summary>The members' key (<see cref="ExplicitMember.Key"/>), empty for none.</summary>
    public string MembersKey => ExplicitMember.Key(Members);

    /// <summary>The concept, with its members in brackets when it has any, as the mapping's sums name it: <c>gaap:Revenues[gaap:ProductOrServiceAxis=iij:X]</c>.</summary>
    public override string ToString() => Concept.Name.Prefixed + (Members.Count == 0 ? string.Empty : "[" + MembersKey + "]");

    public bool Equals(LineItem? other) => other is not null && Concept == other.Concept && MembersKey == other.MembersKey;

    public override int GetHashCode() => HashCode.Combine(Concept, MembersKey);
}
