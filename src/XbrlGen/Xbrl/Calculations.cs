namespace XbrlGen.Xbrl;

/// <summary>How summations are checked: Calculations 1.1 round-to-nearest (the default) or the classic XBRL 2.1 rule.</summary>
public enum CalculationMode
{
    RoundToNearest,
    Classic21,
}

/// <summary>A summation that does not hold in one context and unit.</summary>
public sealed record CalculationInconsistency(Fact Total, IReadOnlyList<(Fact Fact, decimal Weight)> Items, Decimals Decimals, decimal RoundedTotal, decimal RoundedSum, decimal PreciseSum, string RoleUri);

/// <summary>
/// Summation arithmetic, shared by the generator's check of its own facts and by the validator. In Calculations 1.1
/// round-to-nearest mode, the total and each contributing value are rounded to the lowest decimals among them, and the
/// rounded contributions must add up to the rounded total. The classic XBRL 2.1 rule rounds each contribution to its own
/// decimals and the sum to the total's. Duplicates are consistent when they agree at the lowest decimals among them.
/// </summary>
public static class Calculations
{
    /// <summary>Decimals at or above which a value is exact (INF): nothing is rounded.</summary>
    public const int Exact = 28;

    /// <summary>One side of a summation: a value, its decimals and its weight (1 for the total).</summary>
    public readonly record struct Term(decimal Value, Decimals Decimals, decimal Weight = 1m);

    /// <summary>Calculations 1.1 round-to-nearest: the decimals used, the rounded total and the rounded weighted sum.</summary>
    public static (Decimals Decimals, decimal Total, decimal Sum) RoundToNearest(Term total, IReadOnlyList<Term> items)
    {
        var d = total.Decimals;
        foreach (var i in items)
        {
            d = Decimals.Min(d, i.Decimals);
        }

        var sum = 0m;
        foreach (var i in items)
        {
            sum += Round(i.Value, d) * i.Weight;
        }

        return (d, Round(total.Value, d), sum);
    }

    /// <summary>XBRL 2.1 (5.2.5.2): each contribution at its own decimals, the weighted sum and the total at the total's.</summary>
    public static (Decimals Decimals, decimal Total, decimal Sum) Classic(Term total, IReadOnlyList<Term> items)
    {
        var d = total.Decimals;
        var sum = 0m;
        foreach (var i in items)
        {
            sum += Round(i.Value, i.Decimals) * i.Weight;
        }

        return (d, Round(total.Value, d), Round(sum, d));
    }

    /// <summary>Whether duplicate values agree: equal when rounded to the lowest decimals among them.</summary>
    public static bool Consistent(IReadOnlyList<(decimal Value, Decimals Decimals)> copies)
    {
        var d = copies.Min(c => c.Decimals);
        var first = Round(copies[0].Value, d);
        return copies.All(c => Round(c.Value, d) == first);
    }

    /// <summary>Checks one summation with Calculations 1.1; null when it holds.</summary>
    public static CalculationInconsistency? Evaluate(Fact total, IReadOnlyList<(Fact Fact, decimal Weight)> items, string roleUri)
    {
        var (d, t, sum) = RoundToNearest(new Term(total.Value!.Value, total.Decimals!.Value), items.Select(i => new Term(i.Fact.Value!.Value, i.Fact.Decimals!.Value, i.Weight)).ToList());
        var precise = items.Sum(i => i.Fact.Value!.Value * i.Weight);
        return sum == t ? null : new CalculationInconsistency(total, items, d, t, sum, precise, roleUri);
    }

    /// <summary>Rounds to the decimals' places; an exact (INF) value is not rounded.</summary>
    public static decimal Round(decimal value, Decimals decimals) => Round(value, decimals.RoundingPlaces);

    /// <summary>Rounds to <paramref name="decimals"/> places (negative: to tens, hundreds, ...), half to even, as XBRL processors do.</summary>
    public static decimal Round(decimal value, int decimals)
    {
        if (decimals >= Exact)
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

    /// <summary>One unit in the last digit of a figure known to <paramref name="decimals"/> places (negative: tens, hundreds, ...).</summary>
    public static decimal OneUnit(int decimals) => decimals >= 0 ? 1m / Pow10(Math.Min(decimals, 28)) : Pow10(Math.Min(-decimals, 28));

    /// <summary>One unit in the last digit of a figure of these decimals (INF: the smallest a decimal holds).</summary>
    public static decimal OneUnit(Decimals decimals) => OneUnit(decimals.RoundingPlaces);

    /// <summary>10 to the power <paramref name="n"/> (0 to 28).</summary>
    public static decimal Pow10(int n) => Powers[n];

    /// <summary>
    /// A figure printed in a scale's units as filed (<c>787.8</c> millions is 787,800,000, with no trailing <c>.0</c>),
    /// and its decimals: the places printed less the scale (-5 for <c>787.8</c> millions, -6 for <c>788</c>, 2 for
    /// <c>0.50</c>). The one rule for both the facts and the Inline XBRL tags that show them.
    /// </summary>
    public static (decimal Value, int Decimals) Scaled(decimal printed, int placesPrinted, int scale) =>
        (decimal.Round(printed * Pow10(scale), Math.Max(0, placesPrinted - scale)), placesPrinted - scale);

    /// <summary>Of duplicate facts, the most precise if they are consistent; null if they disagree.</summary>
    public static Fact? Choose(IReadOnlyList<Fact> copies) =>
        Consistent(copies.Select(c => (c.Value!.Value, c.Decimals!.Value)).ToList()) ? MostPrecise(copies, f => f.Decimals!.Value) : null;

    /// <summary>
    /// Of copies of one figure, the most precise: the highest decimals, INF above any; of equally precise copies,
    /// the first. The generator's merge of printed copies, the summation check and the validator's binding all choose so.
    /// </summary>
    public static T MostPrecise<T>(IEnumerable<T> copies, Func<T, Decimals> decimals) => copies.MaxBy(decimals)!;
}
