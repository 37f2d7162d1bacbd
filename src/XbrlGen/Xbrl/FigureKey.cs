namespace XbrlGen.Xbrl;

/// <summary>
/// What makes two numbers the same figure: concept, period, explicit members and unit. The copies of one figure (printed
/// in several tables, or in both languages) share it; one context id is not enough, since contexts are made per table.
/// </summary>
public readonly record struct FigureKey(QName Concept, Period Period, string Members, string? Unit)
{
    public static FigureKey Of(Concept concept, Period period, IReadOnlyList<ExplicitMember> members, Unit? unit) =>
        new(concept.Name, period, LineKey.MembersText(members), unit?.Id);

    public static FigureKey Of(Fact fact) => Of(fact.Concept, fact.Context.Period, fact.Context.Members, fact.Unit);
}
