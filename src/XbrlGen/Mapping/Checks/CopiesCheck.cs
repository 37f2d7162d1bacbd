using System.Globalization;
using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>A figure's printed copies merged into one fact: the copy whose value is filed (the most precise, the first printed among equals) and every copy.</summary>
internal sealed record MergedFigure(Fact Fact, FactCandidate Best, IReadOnlyList<FactCandidate> Copies);

/// <summary>
/// The copies of each figure agree with the one filed, run once they are merged: copies that disagree after rounding
/// to the coarser one are a warning (XG0301), or an info when one unit apart in the last printed digit (XG0315);
/// equally precise copies that disagree are an error (XG0302): nothing tells which is right.
/// </summary>
internal static class CopiesCheck
{
    public static void Run(IEnumerable<MergedFigure> merged, DiagnosticBag diagnostics)
    {
        foreach (var (fact, best, copies) in merged)
        {
            var context = fact.Context;
            foreach (var other in copies.Where(c => c != best))
            {
                var d = Math.Min(other.Decimals, best.Decimals);
                if (Calculations.Round(best.Value, d) == Calculations.Round(other.Value, d))
                {
                    continue;
                }

                var what = $"{best.Concept} ({context.Id}{(best.Unit is { IsCurrency: false } or null ? string.Empty : ", " + best.Unit.Id)})";
                if (other.Decimals == best.Decimals)
                {
                    diagnostics.Report(Codes.CopiesDisagree, other.Source, [best.Source], what, context.Period, Show(best), Show(other));
                }
                else
                {
                    var roundingLevel = Math.Abs(Calculations.Round(best.Value, d) - Calculations.Round(other.Value, d)) <= Calculations.OneUnit(d);
                    diagnostics.Report(roundingLevel ? Codes.CopiesDifferByRounding : Codes.CopiesDisagreeRounded, other.Source, [best.Source], what, context.Period, Show(best), Show(other), Show(best));
                }
            }
        }
    }

    private static string Show(FactCandidate c) => c.Value.ToString(CultureInfo.InvariantCulture) + " (decimals " + c.Decimals.ToString(CultureInfo.InvariantCulture) + ")";
}
