using System.Globalization;
using Scriban.Runtime;
using XbrlGen.Model;

namespace XbrlGen.Rendering;

/// <summary>
/// The view model of one Inline XBRL page for the <c>inline</c> template: the header (on the primary page: hidden facts,
/// contexts and units; on every page the schemaRef), the cover, and each table with its column headings and cells.
/// A cell is <c>tag</c> (the fact's one tag in the document set), <c>link</c> (a copy, linking to the tag) or
/// <c>text</c> (a percentage, a dash). Numbers are tagged with <c>ixt:num-dot-decimal</c>; what stays outside the
/// tag (parentheses, a minus sign, a %) is in <c>before</c> and <c>after</c>, so the page prints what the release does.
/// </summary>
internal static class InlineModel
{
    /// <summary>The Transformation Registry 4 namespace, which has <c>num-dot-decimal</c> and <c>fixed-zero</c>.</summary>
    public const string TransformationNamespace = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";

    // The shapes of the page's model objects (member names as the template spells them).
    private static readonly ModelShape CoverShape = new("concept", "unit", "scale", "cell");
    private static readonly ModelShape TableShape = new("id", "source", "number", "is_statement", "title", "periods", "scale", "convenience", "columns", "rows");
    private static readonly ModelShape ColumnShape = new("percent", "heading", "currency", "note");
    private static readonly ModelShape RowShape = new("heading", "label", "total", "indent", "cells");
    private static readonly ModelShape CellShape = new("kind", "text", "href", "before", "after", "fact");
    private static readonly ModelShape TagShape = new("id", "name", "context", "unit", "numeric", "decimals", "scale", "sign", "format", "text");

    public static ScriptObject Page(InlinePlan plan, InlinePage page)
    {
        var filing = plan.Filing;
        var primary = page.Language == plan.Primary;
        var lang = page.Language.Code();
        string Text(Fact f) => f.Text ?? string.Empty;
        var dei = new ScriptObject();
        foreach (var g in filing.Facts.Where(f => f.Value is null).GroupBy(f => f.Concept.Name.LocalName, StringComparer.Ordinal))
        {
            dei[g.Key] = Text(g.First());
        }

        var currency = dei.TryGetValue("EntityReportingCurrencyISOCode", out var code) && code is string s ? s : "JPY";
        var rate = page.Cover.FirstOrDefault(c => c.Fact.Unit is { IsPure: true } && c.Fact.Concept.Name.LocalName.Contains("ForeignCurrency", StringComparison.Ordinal));
        return new ScriptObject
        {
            ["lang"] = lang,
            ["primary"] = primary,
            ["transformation_namespace"] = TransformationNamespace,
            ["schema_file"] = filing.SchemaFile,
            ["other_file"] = filing.InlineFile(page.Language == Language.En ? Language.Ja : Language.En),
            ["other_lang"] = page.Language == Language.En ? "ja" : "en",
            ["namespaces"] = FilingRenderer.Namespaces(filing),
            ["contexts"] = primary ? FilingRenderer.Contexts(filing).ToList() : [],
            ["units"] = primary ? FilingRenderer.Units(filing) : [],
            ["hidden"] = primary ? plan.Hidden.Select(f => Tag(plan, f, f.Lexical, hidden: true)).ToList() : [],
            ["dei"] = dei,
            ["reporting_currency"] = currency,
            ["period_end"] = Period.Iso(filing.PeriodEnd),
            ["cover"] = page.Cover.Select(c => CoverShape.Of(c.Fact.Concept.Name.LocalName, c.Fact.Unit?.Id, c.Figure.Scale, Cell(plan, page, c.Figure))).ToList(),
            // The convenience notes under the tables show the rate again: a link to its tag, never a second tag.
            ["rate"] = rate.Figure is null ? null : Link(rate.Figure.Text, Href(plan, page, rate.Fact)),
            ["tables"] = page.Tables.Select(t => Table(plan, page, t, currency)).ToList(),
        };
    }

    private static ModelRow Table(InlinePlan plan, InlinePage page, PlannedTable planned, string currency)
    {
        var table = planned.Table;
        var convenience = table.Columns.Any(c => c.Currency is { } cur && cur != currency);
        string? section = null;
        var rows = new List<ModelRow>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row.Section is { Length: > 0 } s && s != section)
            {
                rows.Add(RowShape.Of(s, null, false, 0, new List<ModelRow?>()));
            }

            section = row.Section;
            var figures = planned.Rows[i];
            rows.Add(RowShape.Of(
                null,
                row.Label,
                row.IsTotal,
                row.Section is { Length: > 0 } && !row.IsTotal ? 1 : 0,
                table.Columns.Select((_, c) => figures.TryGetValue(c, out var f) ? Cell(plan, page, f) : null).ToList()));
        }

        return TableShape.Of(
            table.Id,
            table.Source,
            Number(table.Source),
            table.Source.StartsWith("appendix", StringComparison.Ordinal),
            table.Title,
            PeriodCaption(table, page.Language),
            table.Scale,
            convenience,
            table.Columns.Select(c => ColumnShape.Of(
                c.Kind == PrintedColumnKind.Percent,
                Heading(c, page.Language),
                c.Currency,
                c.Currency is { } cur && cur != currency)).ToList(),
            rows);
    }

    /// <summary>What the dated columns cover, as the statements' headings say: "For the three months ended ..." or "As of ...".</summary>
    private static string PeriodCaption(PrintedTable table, Language language)
    {
        var periods = table.Columns.Where(c => c.Kind == PrintedColumnKind.Amount && c.Period is not null && DateOnly.TryParseExact(c.Heading, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .Select(c => c.Period!).Distinct().ToList();
        if (periods.Count == 0)
        {
            return string.Empty;
        }

        var ja = language == Language.Ja;
        var dates = periods.Select(p => ja ? p.End.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : p.End.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)).ToList();
        var list = dates.Count == 1 ? dates[0] : string.Join(ja ? "、" : ", ", dates.Take(dates.Count - 1)) + (ja ? "及び" : " and ") + dates[^1];
        if (periods[0].Months is not { } months)
        {
            return ja ? list + "現在" : "As of " + list;
        }

        var length = months switch { 3 => "three months", 6 => "six months", 9 => "nine months", 12 => "year", _ => months.ToString(CultureInfo.InvariantCulture) + " months" };
        return ja ? list + "に終了した" + (months == 12 ? "1年間" : months.ToString(CultureInfo.InvariantCulture) + "か月間") : "For the " + length + " ended " + list;
    }

    /// <summary>The number in a source id: <c>table-10</c> is 10.</summary>
    private static string Number(string source)
    {
        var dash = source.LastIndexOf('-');
        return dash < 0 ? string.Empty : source[(dash + 1)..];
    }

    /// <summary>A column heading in the page's language: a quarter label as printed, a date as that language writes it.</summary>
    private static string Heading(PrintedColumn column, Language language)
    {
        if (column.Kind == PrintedColumnKind.Percent)
        {
            return (column.Heading, language) switch
            {
                ("% of total", Language.Ja) => "構成比",
                ("change %", Language.Ja) => "増減率",
                ("YoY %", Language.Ja) => "前年同期比",
                ("QoQ %", Language.Ja) => "前期比",
                _ => column.Heading,
            };
        }

        if (column.Period is { } period && DateOnly.TryParseExact(column.Heading, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return language == Language.Ja
                ? period.End.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
                : period.End.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
        }

        return column.Heading;
    }

    private static ModelRow Cell(InlinePlan plan, InlinePage page, PlannedFigure figure)
    {
        if (figure.Fact is not { } fact)
        {
            return CellShape.Of("text", figure.Text, null, null, null, null);
        }

        var numeric = fact.Value is not null;
        var (before, body, after) = numeric ? InlinePlan.Split(figure.Text) : (string.Empty, figure.Text, string.Empty);
        if (!figure.Tagged)
        {
            return Link(figure.Text, Href(plan, page, fact));
        }

        return CellShape.Of("tag", null, null, before, after, Tag(plan, fact, body, hidden: false, figure.Scale));
    }

    /// <summary>A cell that links to a fact's one tag.</summary>
    private static ModelRow Link(string text, string href) => CellShape.Of("link", text, href, null, null, null);

    /// <summary>Where a fact's tag is, from a page: <c>#f12</c> on the same page, <c>iij-20030630-en.xhtml#f12</c> on the other.</summary>
    private static string Href(InlinePlan plan, InlinePage page, Fact fact)
    {
        var on = plan.TaggedOn(fact);
        return (on == page.Language ? string.Empty : plan.Filing.InlineFile(on)) + "#" + plan.Ids[fact];
    }

    /// <summary>A fact's tag: <c>ix:nonFraction</c> (scale, decimals, format, sign) or <c>ix:nonNumeric</c>.</summary>
    private static ModelRow Tag(InlinePlan plan, Fact fact, string shown, bool hidden, int scale = 0) => TagShape.Of(
        plan.Ids[fact],
        fact.Concept.Name.Prefixed,
        fact.Context.Id,
        fact.Unit?.Id,
        fact.Value is not null,
        fact.Decimals?.ToString(CultureInfo.InvariantCulture),
        scale.ToString(CultureInfo.InvariantCulture),
        fact.Value < 0 ? "-" : null,
        // format: hidden numbers are written as their value (sign included); shown ones as printed, through a transformation.
        hidden ? null
            : fact.Value is null ? (InlinePage.IsBoolean(fact) && fact.Text is "true" or "false" ? "ixt:fixed-" + fact.Text : null)
            : fact.Value == 0 && !shown.Any(char.IsAsciiDigit) ? "ixt:fixed-zero" : "ixt:num-dot-decimal", // a dash ("—", "--") filed as 0
        hidden && fact.Value is { } v ? Math.Abs(v).ToString(CultureInfo.InvariantCulture) : shown);
}
