namespace XbrlGen.Xbrl;

/// <summary>
/// A line key: a concept and the explicit members (axis, member) its figures are reported on, none for a plain line item.
/// Its text is the concept, with its members in brackets when it has any, as the mapping's sums name it:
/// <c>gaap:Revenues[gaap:ProductOrServiceAxis=iij:X]</c>. This is the one place that writes and reads that text.
/// Two keys are equal when their concepts and members (in order) are.
/// </summary>
public sealed record LineKey(string Concept, IReadOnlyList<(string Axis, string Member)> Members)
{
    /// <summary>The key of a concept reported on explicit members, by their prefixed names.</summary>
    public static LineKey Of(Concept concept, IReadOnlyList<ExplicitMember> members) =>
        new(concept.Name.Prefixed, members.Count == 0 ? [] : Pairs(members).ToList());

    /// <summary>The members' text (<c>axis=member</c>, joined by commas), empty for none: equal lists give equal text.</summary>
    public static string MembersText(IEnumerable<(string Axis, string Member)> members) =>
        string.Join(",", members.Select(m => m.Axis + "=" + m.Member));

    /// <summary>The members' text of explicit members, by their prefixed names, empty for none.</summary>
    public static string MembersText(IReadOnlyList<ExplicitMember> members) =>
        members.Count == 0 ? string.Empty : MembersText(Pairs(members));

    /// <summary>
    /// Reads a key's text: the concept is what comes before the first <c>[</c>; the members are the comma-separated
    /// <c>axis=member</c> pairs in the brackets when the text ends with <c>]</c> (malformed pairs skipped), none otherwise.
    /// </summary>
    public static LineKey Parse(string text)
    {
        var i = text.IndexOf('[', StringComparison.Ordinal);
        if (i < 0)
        {
            return new(text, []);
        }

        if (!text.EndsWith(']'))
        {
            return new(text[..i], []);
        }

        var members = text[(i + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries)).Where(p => p.Length == 2).Select(p => (p[0], p[1])).ToList();
        return new(text[..i], members);
    }

    public override string ToString() => Members.Count == 0 ? Concept : Concept + "[" + MembersText(Members) + "]";

    public bool Equals(LineKey? other) => other is not null && Concept == other.Concept && Members.SequenceEqual(other.Members);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Concept, StringComparer.Ordinal);
        foreach (var (axis, member) in Members)
        {
            hash.Add(axis, StringComparer.Ordinal);
            hash.Add(member, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static IEnumerable<(string Axis, string Member)> Pairs(IReadOnlyList<ExplicitMember> members) =>
        members.Select(m => (m.Axis.Name.Prefixed, m.Member.Name.Prefixed));
}
