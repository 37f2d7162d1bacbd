using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary><c>equal: [a, b]</c>: two concepts whose currency figures for the same context and unit are equal, after rounding to the coarser copy.</summary>
internal sealed class EqualCheck : ICrossCheck
{
    public string Key => "equal";

    public int Arity => 2;

    public void Check(IReadOnlyList<IReadOnlyList<Fact>> figures, DiagnosticBag diagnostics)
    {
        foreach (var a in figures[0].Where(f => f.Unit!.IsCurrency))
        {
            foreach (var b in figures[1].Where(f => f.Context.Id == a.Context.Id && f.Unit!.Id == a.Unit!.Id))
            {
                var d = Decimals.Min(a.Decimals!.Value, b.Decimals!.Value);
                var difference = Math.Abs(Calculations.Round(a.Value!.Value, d) - Calculations.Round(b.Value!.Value, d));
                if (difference != 0)
                {
                    diagnostics.Report(difference <= Calculations.OneUnit(d) ? Codes.CrossCheckRounding : Codes.CrossCheckNotEqual, b.Sources[0], [a.Sources[0]],
                        a.Concept, CrossChecks.Show(a), b.Concept, CrossChecks.Show(b), a.Context.Period);
                }
            }
        }
    }
}
