namespace XbrlGen.Model;

/// <summary>
/// A line item: a concept and the explicit members its figures are reported on (none for a plain line item), so a
/// breakdown's members are told from their total. Two are equal when their concepts and members are.
/// </summary>
public sealed record LineItem(Concept Concept, IReadOnlyList<ExplicitMember> Members)
{
    /// <summary>The line item a fact reports.</summary>
    public static LineItem Of(Fact fact) => new(fact.Concept, fact.Context.Members);

    /// <summary>The members' key (<see cref="LineKey.MembersText(IReadOnlyList{ExplicitMember})"/>), empty for none.</summary>
    public string MembersKey => LineKey.MembersText(Members);

    /// <summary>The concept, with its members in brackets when it has any, as the mapping's sums name it: <c>gaap:Revenues[gaap:ProductOrServiceAxis=iij:X]</c>.</summary>
    public override string ToString() => Key.ToString();

    /// <summary>The line's key (<see cref="LineKey"/>): its concept and members by their prefixed names.</summary>
    public LineKey Key => LineKey.Of(Concept, Members);

    public bool Equals(LineItem? other) => other is not null && Concept == other.Concept && MembersKey == other.MembersKey;

    public override int GetHashCode() => HashCode.Combine(Concept, MembersKey);
}
