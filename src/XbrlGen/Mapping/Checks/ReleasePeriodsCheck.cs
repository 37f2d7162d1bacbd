using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>
/// The release's periods fit the mapping's fiscal calendar (XG0209): the report's own period ends on a quarter end and
/// runs whole quarters (a quarter, a year to date, a year), and every table's columns name quarter ends, so a table for another period (or another fiscal year)
/// cannot put its dates into this filing as contexts of their own.
/// </summary>
internal sealed class ReleasePeriodsCheck : IMappingCheck
{
    public void Check(MappingCheckContext context, DiagnosticBag diagnostics)
    {
        var (release, mapping) = (context.Release, context.Mapping);
        var calendar = mapping.Entity.Calendar;
        if (release.DocumentPeriod is not { } period)
        {
            return; // unreadable: the reader's finding
        }

        if (calendar.QuarterOf(period.End) is null || period.Months is not (3 or 6 or 9 or 12))
        {
            var heading = release.TableOf(period)?.HeadingSpan ?? new SourceSpan(release.File, 1, 1);
            diagnostics.Report(Codes.PeriodNotExpected, heading, [mapping.Entity.Span], Period.Iso(period.End), calendar.YearEndGMonthDay);
            return;
        }

        foreach (var table in release.Tables)
        {
            if (table.AmountColumns.Select(c => c.Period).FirstOrDefault(p => p is not null && calendar.QuarterOf(p.End) is null) is { } stray)
            {
                diagnostics.Report(Codes.PeriodNotExpected, table.HeadingSpan, [mapping.Entity.Span], Period.Iso(stray.End), calendar.YearEndGMonthDay);
            }
        }
    }
}
