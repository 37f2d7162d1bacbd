using XbrlGen.Model;

namespace XbrlGen.Validation;

/// <summary>How summations are checked: Calculations 1.1 round-to-nearest (the default) or the classic XBRL 2.1 rule.</summary>
public enum CalculationMode
{
    RoundToNearest,
    Classic21,
}

/// <summary>A summation that does not hold in one context and unit.</summary>
public sealed record CalculationInconsistency(Fact Total, IReadOnlyList<(Fact Fact, decimal Weight)> Items, int Decimals, decimal RoundedTotal, decimal RoundedSum, decimal PreciseSum, string RoleUri);

/// <summary>
/// Summation checks. In Calculations 1.1 round-to-nearest mode, the total and each contributing value are rounded to the
/// lowest decimals among them, and the rounded contributions must add up to the rounded total. Facts that duplicate each
/// other are first reduced to the most precise when they agree; a summation with inconsistent duplicates is not checked.
/// The classic mode rounds the contributions' sum to the total's precision instead.
/// </summary>
public static class Calculations
{
    public static IEnumerable<CalculationInconsistency> Check(IEnumerable<Fact> facts, IEnumerable<StatementRole> roles, CalculationMode mode = CalculationMode.RoundToNearest)
    {
        var byKey = facts.Where(f => f.Value is not null && f.Unit is not null)
            .GroupBy(f => (f.Concept.Name, f.Context.Id, f.Unit!.Id))
            .ToDictionary(g => g.Key, g => g.ToList());
        var index = byKey.Values.SelectMany(v => v).GroupBy(f => f.Concept.Name).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var role in roles)
        {
            foreach (var parent in role.Calculation.GroupBy(r => r.Parent.Name))
            {
                if (!index.TryGetValue(parent.Key, out var totals))
                {
                    continue;
                }

                foreach (var total in totals.GroupBy(t => (t.Context.Id, t.Unit!.Id)).Select(g => Choose(g.ToList())))
                {
                    if (total is null)
                    {
                        continue;
                    }

                    var items = new List<(Fact Fact, decimal Weight)>();
                    var skip = false;
                    foreach (var rel in parent)
                    {
                        if (!byKey.TryGetValue((rel.Child.Name, total.Context.Id, total.Unit!.Id), out var copies))
                        {
                            continue;
                        }

                        var chosen = Choose(copies);
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

                    var result = Evaluate(total, items, mode, role.Uri);
                    if (result is not null)
                    {
                        yield return result;
                    }
                }
            }
        }
    }

    /// <summary>Checks one summation; null when it holds.</summary>
    public static CalculationInconsistency? Evaluate(Fact total, IReadOnlyList<(Fact Fact, decimal Weight)> items, CalculationMode mode, string roleUri)
    {
        var precise = items.Sum(i => i.Fact.Value!.Value * i.Weight);
        if (mode == CalculationMode.Classic21)
        {
            var td = total.Decimals ?? int.MaxValue;
            var roundedSum = Round(items.Sum(i => Round(i.Fact.Value!.Value, td) * i.Weight), td);
            var roundedTotal = Round(total.Value!.Value, td);
            return roundedSum == roundedTotal ? null : new CalculationInconsistency(total, items, td, roundedTotal, roundedSum, precise, roleUri);
        }

        var d = items.Select(i => i.Fact.Decimals ?? int.MaxValue).Append(total.Decimals ?? int.MaxValue).Min();
        var sum = items.Sum(i => Round(i.Fact.Value!.Value, d) * i.Weight);
        var t = Round(total.Value!.Value, d);
        return sum == t ? null : new CalculationInconsistency(total, items, d, t, sum, precise, roleUri);
    }

    /// <summary>Rounds to <paramref name="decimals"/> places (negative: to tens, hundreds, ...), half to even, as XBRL processors do.</summary>
    public static decimal Round(decimal value, int decimals)
    {
        if (decimals >= 28)
        {
            return value;
        }

        if (decimals >= 0)
        {
            return value.Scale <= decimals ? value : decimal.Round(value, decimals, MidpointRounding.ToEven);
        }

        var factor = Pow10(-decimals);
        if (value.Scale == 0 && decimals >= -18 && value > long.MinValue && value < long.MaxValue)
        {
            // Whole numbers (nearly every reported amount) round in integer arithmetic.
            var v = (long)value;
            var f = (long)factor;
            var r = v % f;
            if (r == 0)
            {
                return value;
            }

            var down = v - r;
            var twice = Math.Abs(r) * 2;
            if (twice > f || (twice == f && (down / f) % 2 != 0))
            {
                down += r > 0 ? f : -f;
            }

            return down;
        }

        return decimal.Round(value / factor, 0, MidpointRounding.ToEven) * factor;
    }

    private static readonly decimal[] Powers = Enumerable.Range(0, 29).Select(n => Enumerable.Repeat(10m, n).Aggregate(1m, (a, b) => a * b)).ToArray();

    /// <summary>10 to the power <paramref name="n"/> (0 to 28).</summary>
    public static decimal Pow10(int n) => Powers[n];

    /// <summary>Of duplicate facts, the most precise if all agree after rounding to each one's decimals; null if they disagree.</summary>
    public static Fact? Choose(IReadOnlyList<Fact> copies)
    {
        var best = copies.MaxBy(f => f.Decimals ?? int.MaxValue)!;
        foreach (var other in copies)
        {
            var d = other.Decimals ?? int.MaxValue;
            if (Round(best.Value!.Value, d) != Round(other.Value!.Value, d))
            {
                return null;
            }
        }

        return best;
    }
}
