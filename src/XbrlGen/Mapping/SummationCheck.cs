using XbrlGen.Model;

namespace XbrlGen.Mapping;

/// <summary>The generator's check of its own facts against the summations it is about to file (Calculations 1.1).</summary>
internal static class SummationCheck
{
    /// <summary>The generator's check of its own facts, Calculations 1.1: every summation that does not hold.</summary>
    public static IEnumerable<CalculationInconsistency> Check(IEnumerable<Fact> facts, IEnumerable<StatementRole> roles)
    {
        // A summation between dimensional figures (a breakdown on members and its total) is checked here too, though no
        // calculation linkbase can hold it: figures are keyed by concept, period, members and unit.
        var byKey = facts.Where(f => f.Value is not null && f.Unit is not null)
            .GroupBy(FigureKey.Of)
            .ToDictionary(g => g.Key, g => g.ToList());
        var index = byKey.Values.SelectMany(v => v).GroupBy(f => (f.Concept.Name, ExplicitMember.Key(f.Context.Members))).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var role in roles)
        {
            foreach (var parent in role.Calculation.GroupBy(r => (r.Parent.Name, ExplicitMember.Key(r.ParentMembers))))
            {
                if (!index.TryGetValue(parent.Key, out var totals))
                {
                    continue;
                }

                foreach (var total in totals.GroupBy(t => (t.Context.Id, t.Unit!.Id)).Select(g => Calculations.Choose(g.ToList())))
                {
                    if (total is null)
                    {
                        continue;
                    }

                    var items = new List<(Fact Fact, decimal Weight)>();
                    var skip = false;
                    foreach (var rel in parent)
                    {
                        if (!byKey.TryGetValue(new FigureKey(rel.Child.Name, total.Context.Period, ExplicitMember.Key(rel.ChildMembers), total.Unit!.Id), out var copies))
                        {
                            continue;
                        }

                        var chosen = Calculations.Choose(copies);
                        if (chosen is null)
                        {
                            skip = true;
                            break;
                        }

                        items.Add((chosen, rel.Weight));
                    }

                    if (skip || items.Count == 0)
                    {
                        continue;
                    }

                    var result = Calculations.Evaluate(total, items, role.Uri);
                    if (result is not null)
                    {
                        yield return result;
                    }
                }
            }
        }
    }
}
