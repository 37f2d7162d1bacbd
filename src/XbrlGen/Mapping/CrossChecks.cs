using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Mapping;

/// <summary>
/// Checks of the release against itself that are not summations: the mapping's declared checks (equal figures, a balance roll-forward, a product). Failures are warnings with both lines;
/// the instance keeps the figures as printed.
/// </summary>
internal static class CrossChecks
{
    public static void Run(Release release, MappingSet mapping, IReadOnlyList<Fact> facts, IReadOnlyDictionary<string, Concept> concepts, DiagnosticBag diagnostics)
    {
        // A check names concepts: their plain facts (totals), not a breakdown's facts on members.
        var byConcept = facts.Where(f => f.Value is not null && f.Context.Members.Count == 0).ToLookup(f => f.Concept.Name.Prefixed);
        foreach (var check in mapping.Checks)
        {
            var found = check.Concepts.Select(c => concepts.GetValueOrDefault(c)).ToList();
            if (found.Any(c => c is null))
            {
                diagnostics.Report(Codes.UnknownConcept, check.Span, check.Concepts[found.FindIndex(c => c is null)]);
                continue;
            }

            switch (check.Kind)
            {
                case CrossCheckKind.Equal:
                    Equal(byConcept[check.Concepts[0]], byConcept[check.Concepts[1]], diagnostics);
                    break;
                case CrossCheckKind.RollForward:
                    RollForward(byConcept[check.Concepts[0]], byConcept[check.Concepts[1]].ToList(), diagnostics);
                    break;
                case CrossCheckKind.Product:
                    Product(byConcept[check.Concepts[0]], byConcept[check.Concepts[1]].ToList(), byConcept[check.Concepts[2]].ToList(), diagnostics);
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException($"cross-check kind {check.Kind}");
            }
        }
    }

    private static void Equal(IEnumerable<Fact> left, IEnumerable<Fact> right, DiagnosticBag diagnostics)
    {
        foreach (var a in left.Where(f => f.Unit!.IsCurrency))
        {
            foreach (var b in right.Where(f => f.Context.Id == a.Context.Id && f.Unit!.Id == a.Unit!.Id))
            {
                var d = Decimals.Min(a.Decimals!.Value, b.Decimals!.Value);
                var difference = Math.Abs(Calculations.Round(a.Value!.Value, d) - Calculations.Round(b.Value!.Value, d));
                if (difference != 0)
                {
                    diagnostics.Report(difference <= Calculations.OneUnit(d) ? Codes.CrossCheckRounding : Codes.CrossCheckFailed, b.Sources[0], [a.Sources[0]],
                        $"{a.Concept} ({Show(a)}) and {b.Concept} ({Show(b)}) should be equal for {a.Context.Period}");
                }
            }
        }
    }

    private static void RollForward(IEnumerable<Fact> changes, List<Fact> balances, DiagnosticBag diagnostics)
    {
        foreach (var change in changes)
        {
            if (change.Context.Period is not DurationPeriod p)
            {
                continue;
            }

            var start = balances.FirstOrDefault(b => b.Unit!.Id == change.Unit!.Id && b.Context.Period is InstantPeriod i && i.Date == p.Start.AddDays(-1));
            var end = balances.FirstOrDefault(b => b.Unit!.Id == change.Unit!.Id && b.Context.Period is InstantPeriod i && i.Date == p.EndDate);
            if (start is null || end is null)
            {
                continue;
            }

            var d = Decimals.Min(change.Decimals!.Value, Decimals.Min(start.Decimals!.Value, end.Decimals!.Value));
            var expected = Calculations.Round(end.Value!.Value, d) - Calculations.Round(start.Value!.Value, d);
            if (Calculations.Round(change.Value!.Value, d) != expected)
            {
                diagnostics.Report(Codes.CrossCheckFailed, change.Sources[0], [start.Sources[0], end.Sources[0]],
                    $"{change.Concept} for {p} is {Show(change)}, but {end.Concept} went from {Show(start)} to {Show(end)}");
            }
        }
    }

    private static void Product(IEnumerable<Fact> results, List<Fact> left, List<Fact> right, DiagnosticBag diagnostics)
    {
        foreach (var r in results)
        {
            // Factors may be instants at the flow's end (a price per share) or flows of the same period.
            var a = left.FirstOrDefault(f => f.Context.Period.End == r.Context.Period.End);
            var b = right.FirstOrDefault(f => f.Context.Period.End == r.Context.Period.End);
            if (a is null || b is null)
            {
                continue;
            }

            var d = r.Decimals!.Value;
            if (Calculations.Round(a.Value!.Value * b.Value!.Value, d) != Calculations.Round(r.Value!.Value, d))
            {
                diagnostics.Report(Codes.CrossCheckFailed, r.Sources[0], [a.Sources[0], b.Sources[0]],
                    $"{r.Concept} ({Show(r)}) should be {a.Concept} x {b.Concept} = {(a.Value!.Value * b.Value!.Value).ToString(CultureInfo.InvariantCulture)}");
            }
        }
    }

    private static string Show(Fact f) => f.Value!.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
