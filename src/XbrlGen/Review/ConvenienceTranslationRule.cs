using XbrlGen.Diagnostics;
using XbrlGen.Reading;

namespace XbrlGen.Review;

/// <summary>
/// A convenience column (a currency other than the reporting one, in the same period as a reporting-currency column of
/// the same table) must be the reporting-currency figure at the rate the release states, correctly rounded. One unit
/// off in the last printed digit is rounding-level (the column's totals are checked to foot elsewhere); more is a warning.
/// </summary>
public sealed class ConvenienceTranslationRule : IReviewRule
{
    public string Name => "convenience translation";

    public void Run(ReviewContext context, DiagnosticBag diagnostics)
    {
        var primary = context.Mapping.Entity.ReportingCurrency;
        foreach (var table in context.Release.Tables)
        {
            foreach (var usd in table.AmountColumns.Where(c => c.Currency is not null && c.Currency != primary && c.Period is not null))
            {
                var rate = context.Rates.FirstOrDefault(r => r.From == primary && r.To == usd.Currency && r.Span.Line >= table.HeadingSpan.Line)
                    ?? context.Rates.LastOrDefault(r => r.From == primary && r.To == usd.Currency);
                var source = table.AmountColumns.FirstOrDefault(c => c.Index != usd.Index && (c.Currency ?? primary) == primary && c.Period == usd.Period);
                if (rate is null || source is null)
                {
                    continue;
                }

                foreach (var row in table.Rows)
                {
                    if (!row.Values.TryGetValue(usd.Index, out var converted) || !row.Values.TryGetValue(source.Index, out var original) || original.IsDash)
                    {
                        continue;
                    }

                    var expected = ReviewContext.Round(original.Value / rate.Rate, converted.DecimalPlaces);
                    var printed = converted.IsDash ? 0m : converted.Value;
                    if (expected == printed)
                    {
                        continue;
                    }

                    var unit = Calculations.OneUnit(converted.DecimalPlaces);
                    var descriptor = Math.Abs(expected - printed) <= unit ? Codes.ConvenienceRounding : Codes.ConvenienceMismatch;
                    diagnostics.Report(descriptor, row.Span, [rate.Span], row.Label, usd.Currency!, converted.Text, primary, original.Text, rate.Text, ReviewContext.N(expected));
                }
            }
        }
    }
}
