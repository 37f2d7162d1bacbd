using System.Globalization;
using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>
/// <c>product: [result, factor, factor]</c>: a result is the product of two factors, which may be instants at the
/// result's end (a price per share) or flows of the same period.
/// </summary>
internal sealed class ProductCheck : ICrossCheck
{
    public string Key => "product";

    public int Arity => 3;

    public void Check(IReadOnlyList<IReadOnlyList<Fact>> figures, DiagnosticBag diagnostics)
    {
        foreach (var r in figures[0])
        {
            var a = figures[1].FirstOrDefault(f => f.Context.Period.End == r.Context.Period.End);
            var b = figures[2].FirstOrDefault(f => f.Context.Period.End == r.Context.Period.End);
            if (a is null || b is null)
            {
                continue;
            }

            var d = r.Decimals!.Value;
            var product = a.Value!.Value * b.Value!.Value;
            if (Calculations.Round(product, d) != Calculations.Round(r.Value!.Value, d))
            {
                diagnostics.Report(Codes.ProductWrong, r.Sources[0], [a.Sources[0], b.Sources[0]],
                    r.Concept, CrossChecks.Show(r), a.Concept, b.Concept, product.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
