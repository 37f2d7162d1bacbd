using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;
using XbrlGen.Review;

namespace XbrlGen.Rendering;

/// <summary>
/// The review page's model: every table as printed, each figure with its fact's anchor or why it is not filed, the
/// facts with anchors back to every printed copy, the findings with their lines quoted, and coverage.
/// </summary>
internal static class ReviewPage
{
    public static object Model(ReviewReport review)
    {
        var context = review.Context;
        var factIds = new Dictionary<Fact, string>();
        foreach (var fact in context.Filing.Facts)
        {
            factIds[fact] = "fact-" + (factIds.Count + 1).ToString(CultureInfo.InvariantCulture);
        }

        string FigureId(ReleaseRow row, int column) => string.Create(CultureInfo.InvariantCulture, $"fig-{row.Span.Line}-{column}");

        var tables = context.Release.Tables.Select((t, ti) => new
        {
            id = "table-" + (ti + 1).ToString(CultureInfo.InvariantCulture),
            title = t.Title,
            source = t.SourceId.Length > 0 ? t.SourceId + " " : string.Empty,
            language = t.Language.Code(),
            line = t.HeadingSpan.Line,
            columns = t.Columns.Select(c => c.PeriodText + (c.IsAmount ? (c.Currency is null ? string.Empty : " " + c.Currency)
                : c.PeriodText.Contains('%', StringComparison.Ordinal) ? string.Empty : c.Kind == ColumnKind.PercentOfTotal ? " % of total" : " % change")).ToList(),
            rows = t.Rows.Select(r => new
            {
                line = r.Span.Line,
                label = r.Label,
                concept = context.Trace.RowOf(r)?.Item.ToString() ?? string.Empty,
                cells = t.Columns.Select(c =>
                {
                    if (!r.Values.TryGetValue(c.Index, out var v))
                    {
                        return new { text = string.Empty, id = string.Empty, kind = "empty", href = string.Empty, note = string.Empty };
                    }

                    var id = FigureId(r, c.Index);
                    if (context.Trace.FigureAt(r, c.Index) is { } link)
                    {
                        var note = (link.IsFiledCopy ? "filed: " : "merged copy of: ") + ReviewReport.Describe(link.Fact);
                        return new { text = v.Text, id, kind = link.IsFiledCopy ? "filed" : "copy", href = "#" + factIds[link.Fact], note };
                    }

                    var why = v.IsDash ? "not filed: '-' (nothing reported)" : !c.IsAmount ? "not filed: a % column" : context.Trace.RowOf(r) is not null ? "not filed: no fact for this column" : "not filed: line not mapped";
                    return new { text = v.Text, id, kind = v.IsDash ? "dash" : !c.IsAmount ? "percent" : "unmapped", href = string.Empty, note = why };
                }).ToList(),
            }).ToList(),
        }).ToList();

        var facts = context.Filing.Facts.Select(f => new
        {
            id = factIds[f],
            concept = f.Concept.Name.Prefixed,
            period = f.Context.Period.ToString(),
            unit = f.Unit?.Id ?? string.Empty,
            decimals = f.Decimals?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            value = f.Lexical,
            dimensions = ReviewReport.Dimensions(f),
            copies = context.Trace.CopiesOf(f).Select(c => new { href = "#" + FigureId(c.Row, c.Column), line = c.Row.Span.Line, text = c.Row.Values[c.Column].Text, filed = c.IsFiledCopy }).ToList(),
            sources = f.Sources.Select(s => Where(s, context)).Distinct().ToList(),
        }).ToList();

        var rowLines = context.Release.Tables.SelectMany(t => t.Rows.Select(r => r.Span.Line)).ToHashSet();
        var findings = review.Findings.Select(d => new
        {
            severity = Diagnostic.SeverityWord(d.Severity),
            code = d.Code,
            message = d.Message,
            lines = new[] { d.Span }.Concat(d.Related).DistinctBy(s => (s.File, s.Line))
                .Select(s => new { where = Where(s, context), quote = review.Quote(s), href = s.File == context.Release.File && rowLines.Contains(s.Line) ? "#line-" + s.Line.ToString(CultureInfo.InvariantCulture) : string.Empty }).ToList(),
        }).ToList();

        var prose = review.Prose.Select(p => new
        {
            line = p.Figure.Span.Line,
            language = p.Figure.Language.Code(),
            text = p.Figure.Text,
            matched = p.Fact is { } f ? ReviewReport.Describe(f) + (p.Compare is null ? string.Empty : " against " + p.Compare) : "unmatched",
            href = p.Fact is { } g ? "#" + factIds[g] : string.Empty,
        }).ToList();

        var c = review.Coverage;
        return new
        {
            release = Path.GetFileName(context.Release.File),
            period = context.ReportPeriod.ToString(),
            coverage = new[]
            {
                new { name = "release figures (tables)", value = c.ReleaseFigures },
                new { name = "facts", value = c.Facts },
                new { name = "figures filed", value = c.FiledFigures },
                new { name = "merged copies", value = c.MergedCopies },
                new { name = "dashes (nothing reported)", value = c.Dashes },
                new { name = "% figures (not filed)", value = c.PercentFigures },
                new { name = "figures of unmapped lines", value = c.UnmappedFigures },
                new { name = "unmapped lines", value = c.UnmappedLines },
                new { name = "prose figures", value = c.ProseFigures },
                new { name = "prose figures matched", value = c.ProseMatched },
            },
            warnings = review.Findings.Count(d => d.Severity == Severity.Warning),
            infos = review.Findings.Count(d => d.Severity == Severity.Info),
            findings,
            tables,
            facts,
            prose,
        };
    }

    private static string Where(SourceSpan span, ReviewContext context) =>
        span.File == context.Release.File ? "line " + span.Line.ToString(CultureInfo.InvariantCulture) : Path.GetFileName(span.File) + " line " + span.Line.ToString(CultureInfo.InvariantCulture);
}
