using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Mapping.Checks;

/// <summary>
/// The generator's own check of its facts against the summations it is about to file (Calculations 1.1
/// round-to-nearest), run after the facts are built. A summation the release prints at mixed precision, whose total
/// agrees with its precise lines but not with their rounded values, is an info (XG0306) and is left out of the
/// calculation linkbase; any other failure is an error (XG0303) naming every line involved.
/// </summary>
internal static class SummationCheck
{
    /// <summary>Checks every role's summations; returns the roles, each without the summations left out.</summary>
    public static List<StatementRole> Run(IReadOnlyList<Fact> facts, IReadOnlyList<StatementRole> roles, DiagnosticBag diagnostics)
    {
        var result = new List<StatementRole>();
        var inconsistencies = Check(facts, roles).ToLookup(bad => bad.RoleUri, StringComparer.Ordinal); // facts indexed once, not per role
        foreach (var role in roles)
        {
            var dropped = new HashSet<LineItem>();
            foreach (var bad in inconsistencies[role.Uri])
            {
                var lines = bad.Items.SelectMany(i => i.Fact.Sources).ToList();
                var total = LineItem.Of(bad.Total);
                var mixedPrecision = bad.Items.Any(i => i.Fact.Decimals != bad.Total.Decimals)
                    && Calculations.Round(bad.PreciseSum, bad.Total.Decimals!.Value) == bad.Total.Value;
                if (mixedPrecision)
                {
                    dropped.Add(total);
                    diagnostics.Report(Codes.MixedPrecisionSum, bad.Total.Sources[0], lines, total, bad.Total.Context.Period, CrossChecks.Show(bad.RoundedTotal), CrossChecks.Show(bad.RoundedSum), bad.Decimals, CrossChecks.Show(bad.PreciseSum));
                }
                else
                {
                    diagnostics.Report(Codes.TotalDoesNotFoot, bad.Total.Sources[0], lines, total, bad.Total.Context.Period, CrossChecks.Show(bad.RoundedTotal), CrossChecks.Show(bad.RoundedSum), CrossChecks.Show(bad.RoundedTotal - bad.RoundedSum));
                }
            }

            result.Add(dropped.Count == 0 ? role : role with { Calculation = role.Calculation.Where(r => !dropped.Contains(r.ParentItem)).ToList() });
        }

        return result;
    }

    /// <summary>Every summation that does not hold, Calculations 1.1.</summary>
    public static IEnumerable<CalculationInconsistency> Check(IEnumerable<Fact> facts, IEnumerable<StatementRole> roles)
    {
        // A summation between dimensional figures (a breakdown on members and its total) is checked here too, though no
        // calculation linkbase can hold it: figures are keyed by concept, period, members and unit.
        var byKey = facts.Where(f => f.Value is not null && f.Unit is not null)
            .GroupBy(FigureKey.Of)
            .ToDictionary(g => g.Key, g => g.ToList());
        var index = byKey.Values.SelectMany(v => v).GroupBy(LineItem.Of).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var role in roles)
        {
            foreach (var parent in role.Calculation.GroupBy(r => r.ParentItem))
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
                        if (!byKey.TryGetValue(new FigureKey(rel.Child.Name, total.Context.Period, rel.ChildItem.MembersKey, total.Unit!.Id), out var copies))
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
