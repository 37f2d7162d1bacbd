using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Review;

/// <summary>
/// Text that names a period must name one the release reports: "comparisons between the period ended A and the period
/// ended B" must have A the report's own period and B one of its columns, and any "three months ended D" (or
/// "three-month period ended D") must be the report's period or a column's. A note naming another period is a warning
/// that quotes it and the heading of a table whose columns it should have named.
/// </summary>
public sealed partial class PeriodReferenceRule : IReviewRule
{
    public string Name => "periods named in text";

    public void Run(ReviewContext context, DiagnosticBag diagnostics)
    {
        var report = context.ReportPeriod.End;
        var columns = context.ColumnPeriodEnds;
        if (context.Release.TableOf(context.ReportPeriod) is not { } table)
        {
            return;
        }

        var heading = table.HeadingSpan;
        var joined = JoinedText.Of(context.Release.File, context.Release.Lines);
        var text = joined.Text;
        var inside = new List<(int Start, int End)>();
        foreach (Match m in Between().Matches(text))
        {
            inside.Add((m.Index, m.Index + m.Length));
            var a = DateOf(m.Groups["a"]);
            var b = DateOf(m.Groups["b"]);
            if (a is { } first && first != report)
            {
                diagnostics.Report(Codes.PeriodReference, joined.SpanAt(m.Groups["a"].Index), [heading], ProseReader.Clean(m.Value), Period.Iso(first), "the period compared", Period.Iso(report));
            }

            if (b is { } second && !columns.Contains(second))
            {
                diagnostics.Report(Codes.PeriodReference, joined.SpanAt(m.Groups["b"].Index), [heading], ProseReader.Clean(m.Value), Period.Iso(second), "a comparison period", string.Join(", ", columns.Order().Select(Period.Iso)));
            }
        }

        foreach (Match m in Ended().Matches(text))
        {
            if (inside.Any(r => m.Index >= r.Start && m.Index < r.End) || DateOf(m) is not { } date || date == report || columns.Contains(date))
            {
                continue;
            }

            diagnostics.Report(Codes.PeriodReference, joined.SpanAt(m.Index), [heading], ProseReader.Clean(m.Value), Period.Iso(date), "a period of the report", string.Join(", ", columns.Order().Select(Period.Iso)));
        }

        // Japanese notes name periods as 2003年6月期 (the period ending in that month): each must be the report's or a column's.
        foreach (Match m in JapanesePeriod().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (month is < 1 or > 12 || year is < 1900 or > 2999)
            {
                continue;
            }

            var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            if (date != report && !columns.Contains(date))
            {
                diagnostics.Report(Codes.PeriodReference, joined.SpanAt(m.Index), [heading], ProseReader.Clean(m.Value), Period.Iso(date), "a period of the report", string.Join(", ", columns.Order().Select(Period.Iso)));
            }
        }
    }

    private static DateOnly? DateOf(Group group) => HeadingText.EnglishDate(group.Value);

    private const string DatePattern = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}";

    [GeneratedRegex(@"comparisons?\s+between\s+(?<a>[^,;.]{0,60}?(?:ended|ending)\s+" + DatePattern + @"),?\s+and\s+(?<b>[^,;.]{0,60}?(?:ended|ending)\s+" + DatePattern + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"(?:\w+[- ]months?|\w+-month\s+period|quarter)\s+ended\s+" + DatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ended();

    [GeneratedRegex(@"(?<y>\d{4})\s*年+\s*(?<m>\d{1,2})\s*月期", RegexOptions.CultureInvariant)]
    private static partial Regex JapanesePeriod();
}
