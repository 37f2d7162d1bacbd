using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Model;

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
        var heading = context.Release.Tables.First(t => t.AmountColumns.Any(c => c.Period == context.ReportPeriod)).HeadingSpan;
        var (text, starts) = Joined(context.Release.Lines);
        var inside = new List<(int Start, int End)>();
        foreach (Match m in Between().Matches(text))
        {
            inside.Add((m.Index, m.Index + m.Length));
            var a = DateOf(m.Groups["a"]);
            var b = DateOf(m.Groups["b"]);
            if (a is { } first && first != report)
            {
                diagnostics.Report(Codes.PeriodReference, SpanAt(context, starts, m.Groups["a"].Index), [heading], Clean(m.Value), Period.Iso(first), "the period compared", Period.Iso(report));
            }

            if (b is { } second && !columns.Contains(second))
            {
                diagnostics.Report(Codes.PeriodReference, SpanAt(context, starts, m.Groups["b"].Index), [heading], Clean(m.Value), Period.Iso(second), "a comparison period", string.Join(", ", columns.Order().Select(Period.Iso)));
            }
        }

        foreach (Match m in Ended().Matches(text))
        {
            if (inside.Any(r => m.Index >= r.Start && m.Index < r.End) || DateOf(m) is not { } date || date == report || columns.Contains(date))
            {
                continue;
            }

            diagnostics.Report(Codes.PeriodReference, SpanAt(context, starts, m.Index), [heading], Clean(m.Value), Period.Iso(date), "a period of the report", string.Join(", ", columns.Order().Select(Period.Iso)));
        }
    }

    private static DateOnly? DateOf(Group group)
    {
        var m = Date().Match(group.Value);
        if (!m.Success)
        {
            return null;
        }

        var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, n => n.Length > 0 && m.Groups["m"].Value.StartsWith(n, StringComparison.OrdinalIgnoreCase)) + 1;
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month > 0 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static SourceSpan SpanAt(ReviewContext context, int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        i = i >= 0 ? i : ~i - 1;
        return new SourceSpan(context.Release.File, i + 1, offset - starts[i] + 1);
    }

    private static (string, int[]) Joined(IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder();
        var starts = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = sb.Length;
            sb.Append(lines[i]).Append(' ');
        }

        return (sb.ToString(), starts);
    }

    private static string Clean(string s) => Whitespace().Replace(s, " ").Trim();

    private const string DatePattern = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}";

    [GeneratedRegex(@"(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2}),\s*(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    [GeneratedRegex(@"comparisons?\s+between\s+(?<a>[^,;.]{0,60}?(?:ended|ending)\s+" + DatePattern + @"),?\s+and\s+(?<b>[^,;.]{0,60}?(?:ended|ending)\s+" + DatePattern + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"(?:\w+[- ]months?|\w+-month\s+period|quarter)\s+ended\s+" + DatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ended();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
