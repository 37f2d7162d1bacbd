using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Reading;

namespace XbrlGen.Review;

/// <summary>
/// A printed % column (a share of the column's total, read from its heading, or a change against an earlier column)
/// must be the correctly rounded ratio of the printed amounts. A figure that the amounts' own rounding allows (the
/// unrounded amounts could give it) is rounding-level, an info; any other miss is a warning.
/// </summary>
public sealed class PercentColumnRule : IReviewRule
{
    public string Name => "% columns";

    public void Run(ReviewContext context, DiagnosticBag diagnostics)
    {
        foreach (var table in context.Release.Tables)
        {
            foreach (var column in table.Columns.Where(c => !c.IsAmount && c.BaseColumn is not null))
            {
                var share = column.Kind == ColumnKind.PercentOfTotal;
                var totalRow = share ? table.Rows.FirstOrDefault(r => r.Values.TryGetValue(column.Index, out var p) && p.Value == 100m) : null;
                foreach (var row in table.Rows)
                {
                    if (!row.Values.TryGetValue(column.Index, out var printed) || printed.IsDash
                        || !row.Values.TryGetValue(column.BaseColumn!.Value, out var numerator) || numerator.IsDash)
                    {
                        continue;
                    }

                    var denominator = share ? totalRow?.Values.GetValueOrDefault(column.BaseColumn.Value)
                        : column.CompareColumn is { } cc ? row.Values.GetValueOrDefault(cc) : null;
                    if (denominator is null || denominator.IsDash || denominator.Value == 0)
                    {
                        continue;
                    }

                    var exact = share ? numerator.Value / denominator.Value * 100m : (numerator.Value - denominator.Value) / denominator.Value * 100m;
                    var expected = ReviewContext.Round(exact, printed.DecimalPlaces);
                    if (expected == printed.Value)
                    {
                        continue;
                    }

                    // Figures printed in millions whose facts are known to the thousand (the statements print them too):
                    // a % the precise figures give is no finding at all.
                    if (Precise(context, row, column.BaseColumn.Value) is { } n && Precise(context, share ? totalRow! : row, share ? column.BaseColumn.Value : column.CompareColumn!.Value) is { } dd && dd != 0
                        && ReviewContext.Round(share ? n / dd * 100m : (n - dd) / dd * 100m, printed.DecimalPlaces) == printed.Value)
                    {
                        continue;
                    }

                    var (lo, hi) = Range(numerator, denominator, share);
                    var allowed = ReviewContext.Round(lo, printed.DecimalPlaces) <= printed.Value && printed.Value <= ReviewContext.Round(hi, printed.DecimalPlaces);
                    var heading = column.PeriodText.Contains('%', StringComparison.Ordinal) ? column.PeriodText : column.PeriodText + (share ? " % of total" : " % change");
                    // A share one unit off in a column whose shares still foot on the mapping's sums is how a release
                    // makes its % column add up: rounding-level.
                    allowed = allowed || (share && Math.Abs(expected - printed.Value) <= Calculations.OneUnit(printed.DecimalPlaces) && Foots(context, table, row, column.Index));
                    var against = share ? $"'{totalRow!.Label}' {denominator.Text}" : $"{denominator.Text}";
                    diagnostics.Report(allowed ? Codes.PercentRounding : Codes.PercentMismatch, row.Span, [share ? totalRow!.Span : row.Span],
                        heading, row.Label, printed.Text, numerator.Text, against, expected.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    /// <summary>The value of the fact a printed figure became, in the figure's printed sign, when the fact is more precise than the figure.</summary>
    private static decimal? Precise(ReviewContext context, ReleaseRow row, int column)
    {
        var link = context.Trace.FigureAt(row, column);
        var line = context.Trace.RowOf(row);
        if (link is null || line is null || link.IsFiledCopy || link.Fact.Value is not { } value)
        {
            return null;
        }

        return line.Line.Negated ? -value : value;
    }

    /// <summary>True when every summation of the mapping that holds this row also holds in the printed % column, and there is one.</summary>
    private static bool Foots(ReviewContext context, ReleaseTable table, ReleaseRow row, int column)
    {
        var rows = context.Trace.Rows.Where(r => r.Table == table).ToList();
        // Sums name their items by the line's key (concept and members), as the mapping checks them.
        var byKey = rows.GroupBy(r => r.Line.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var self = rows.FirstOrDefault(r => r.Row == row);
        if (self is null)
        {
            return false;
        }

        var sums = rows.Where(r => r.Line.Sum.Count > 0 && (r.Row == row || r.Line.Sum.Any(i => i.Concept == self.Line.Key))).ToList();
        decimal? Value(RowLink r) => r.Row.Values.TryGetValue(column, out var p) && !p.IsDash ? p.Value * (r.Line.Negated ? -1m : 1m) : null;
        foreach (var total in sums)
        {
            var sum = 0m;
            foreach (var item in total.Line.Sum)
            {
                if (!byKey.TryGetValue(item.Concept, out var line) || Value(line) is not { } v)
                {
                    return false;
                }

                sum += item.Weight * v;
            }

            if (Value(total) != sum)
            {
                return false;
            }
        }

        return sums.Count > 0;
    }

    /// <summary>The range of a ratio (or change) in percent when both figures may each be off by half a printed unit.</summary>
    private static (decimal Lo, decimal Hi) Range(PrintedNumber a, PrintedNumber b, bool share)
    {
        var ha = 0.5m * Calculations.OneUnit(a.DecimalPlaces);
        var hb = 0.5m * Calculations.OneUnit(b.DecimalPlaces);
        var values = new List<decimal>();
        foreach (var x in new[] { a.Value - ha, a.Value + ha })
        {
            foreach (var y in new[] { b.Value - hb, b.Value + hb })
            {
                if (y != 0)
                {
                    values.Add(share ? x / y * 100m : (x - y) / y * 100m);
                }
            }
        }

        return values.Count == 0 ? (decimal.MinValue, decimal.MaxValue) : (values.Min(), values.Max());
    }
}
