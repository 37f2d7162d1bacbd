using System.Globalization;
using Scriban.Runtime;
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
    // The shapes of the page's model objects (member names as the template spells them).
    private static readonly ModelShape TableShape = new("id", "title", "source", "language", "line", "columns", "rows");
    private static readonly ModelShape RowShape = new("line", "label", "concept", "cells");
    private static readonly ModelShape CellShape = new("text", "id", "kind", "href", "note");
    private static readonly ModelShape FactShape = new("id", "concept", "period", "unit", "decimals", "value", "dimensions", "copies", "sources");
    private static readonly ModelShape CopyShape = new("href", "line", "text", "filed");
    private static readonly ModelShape FindingShape = new("severity", "code", "message", "lines");
    private static readonly ModelShape LineShape = new("where", "quote", "href");
    private static readonly ModelShape ProseShape = new("line", "language", "text", "matched", "href");
    private static readonly ModelShape CountShape = new("name", "value");
    private static readonly ModelRow EmptyCell = CellShape.Of(string.Empty, string.Empty, "empty", string.Empty, string.Empty);

    /// <summary>The page's model. Tables and facts are enumerated lazily as the template loops over them.</summary>
    public static ScriptObject Model(ReviewReport review)
    {
        var context = review.Context;
        var factIds = new Dictionary<Fact, string>(ReferenceEqualityComparer.Instance); // facts by identity: hashing a fact record walks its concept, context and unit
        foreach (var fact in context.Filing.Facts)
        {
            factIds[fact] = "fact-" + (factIds.Count + 1).ToString(CultureInfo.InvariantCulture);
        }

        string FigureId(ReleaseRow row, int column) => string.Create(CultureInfo.InvariantCulture, $"fig-{row.Span.Line}-{column}");

        // A fact is described on each of its printed copies, and a context's period and members on each of its facts: made once.
        var described = new Dictionary<Fact, string>(ReferenceEqualityComparer.Instance);
        string Describe(Fact fact) => described.TryGetValue(fact, out var text) ? text : described[fact] = ReviewReport.Describe(fact);
        var contexts = new Dictionary<Context, (string Period, string Dimensions)>(ReferenceEqualityComparer.Instance);
        (string Period, string Dimensions) OfContext(Fact fact) =>
            contexts.TryGetValue(fact.Context, out var c) ? c : contexts[fact.Context] = (fact.Context.Period.ToString(), ReviewReport.Dimensions(fact));

        var tables = context.Release.Tables.Select((t, ti) => TableShape.Of(
            "table-" + (ti + 1).ToString(CultureInfo.InvariantCulture),
            t.Title,
            t.SourceId.Length > 0 ? t.SourceId + " " : string.Empty,
            t.Language.Code(),
            t.HeadingSpan.Line,
            t.Columns.Select(c => c.PeriodText + (c.IsAmount ? (c.Currency is null ? string.Empty : " " + c.Currency)
                : c.PeriodText.Contains('%', StringComparison.Ordinal) ? string.Empty : c.Kind == ColumnKind.PercentOfTotal ? " % of total" : " % change")).ToList(),
            t.Rows.Select(r => RowShape.Of(
                r.Span.Line,
                r.Label,
                context.Trace.RowOf(r)?.Item.ToString() ?? string.Empty,
                t.Columns.Select(c =>
                {
                    if (!r.Values.TryGetValue(c.Index, out var v))
                    {
                        return EmptyCell;
                    }

                    var id = FigureId(r, c.Index);
                    if (context.Trace.FigureAt(r, c.Index) is { } link)
                    {
                        var note = (link.IsFiledCopy ? "filed: " : "merged copy of: ") + Describe(link.Fact);
                        return CellShape.Of(v.Text, id, link.IsFiledCopy ? "filed" : "copy", "#" + factIds[link.Fact], note);
                    }

                    var why = v.IsDash ? "not filed: '-' (nothing reported)" : !c.IsAmount ? "not filed: a % column" : context.Trace.RowOf(r) is not null ? "not filed: no fact for this column" : "not filed: line not mapped";
                    return CellShape.Of(v.Text, id, v.IsDash ? "dash" : !c.IsAmount ? "percent" : "unmapped", string.Empty, why);
                })))));

        var facts = context.Filing.Facts.Select(f => FactShape.Of(
            factIds[f],
            f.Concept.Name.Prefixed,
            OfContext(f).Period,
            f.Unit?.Id ?? string.Empty,
            f.Decimals?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            f.Lexical,
            OfContext(f).Dimensions,
            context.Trace.CopiesOf(f).Select(c => CopyShape.Of("#" + FigureId(c.Row, c.Column), c.Row.Span.Line, c.Row.Values[c.Column].Text, c.IsFiledCopy)).ToList(),
            f.Sources.Select(s => Where(s, context)).Distinct().ToList()));

        var rowLines = context.Release.Tables.SelectMany(t => t.Rows.Select(r => r.Span.Line)).ToHashSet();
        var findings = review.Findings.Select(d => FindingShape.Of(
            Diagnostic.SeverityWord(d.Severity),
            d.Code,
            d.Message,
            new[] { d.Span }.Concat(d.Related).DistinctBy(s => (s.File, s.Line))
                .Select(s => LineShape.Of(Where(s, context), review.Quote(s), s.File == context.Release.File && rowLines.Contains(s.Line) ? "#line-" + s.Line.ToString(CultureInfo.InvariantCulture) : string.Empty)).ToList())).ToList();

        var prose = review.Prose.Select(p => ProseShape.Of(
            p.Figure.Span.Line,
            p.Figure.Language.Code(),
            p.Figure.Text,
            p.Fact is { } f ? ReviewReport.Describe(f) + (p.Compare is null ? string.Empty : " against " + p.Compare) : "unmatched",
            p.Fact is { } g ? "#" + factIds[g] : string.Empty)).ToList();

        var c = review.Coverage;
        return new ScriptObject
        {
            ["release"] = Path.GetFileName(context.Release.File),
            ["period"] = context.ReportPeriod.ToString(),
            ["coverage"] = new[]
            {
                CountShape.Of("release figures (tables)", c.ReleaseFigures),
                CountShape.Of("facts", c.Facts),
                CountShape.Of("figures filed", c.FiledFigures),
                CountShape.Of("merged copies", c.MergedCopies),
                CountShape.Of("dashes (nothing reported)", c.Dashes),
                CountShape.Of("% figures (not filed)", c.PercentFigures),
                CountShape.Of("figures of unmapped lines", c.UnmappedFigures),
                CountShape.Of("unmapped lines", c.UnmappedLines),
                CountShape.Of("prose figures", c.ProseFigures),
                CountShape.Of("prose figures matched", c.ProseMatched),
            },
            ["warnings"] = review.Findings.Count(d => d.Severity == Severity.Warning),
            ["infos"] = review.Findings.Count(d => d.Severity == Severity.Info),
            ["findings"] = findings,
            ["changed"] = findings.Where((_, i) => review.Findings[i].Code == Codes.PreviousFilingChanged.Code).ToList(),
            ["has_changed"] = review.Findings.Any(d => d.Code == Codes.PreviousFilingChanged.Code),
            ["tables"] = tables,
            ["facts"] = facts,
            ["prose"] = prose,
        };
    }

    private static string Where(SourceSpan span, ReviewContext context) =>
        span.File == context.Release.File ? "line " + span.Line.ToString(CultureInfo.InvariantCulture) : Path.GetFileName(span.File) + " line " + span.Line.ToString(CultureInfo.InvariantCulture);
}
