using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary><c>rollForward: [change, balance]</c>: a period's change is its balance at the end less its balance the day before the period starts.</summary>
internal sealed class RollForwardCheck : ICrossCheck
{
    public string Key => "rollForward";

    public int Arity => 2;

    public void Check(IReadOnlyList<IReadOnlyList<Fact>> figures, DiagnosticBag diagnostics)
    {
        var balances = figures[1];
        foreach (var change in figures[0])
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
                diagnostics.Report(Codes.RollForwardBroken, change.Sources[0], [start.Sources[0], end.Sources[0]],
                    change.Concept, p, CrossChecks.Show(change), end.Concept, CrossChecks.Show(start), CrossChecks.Show(end));
            }
        }
    }
}
