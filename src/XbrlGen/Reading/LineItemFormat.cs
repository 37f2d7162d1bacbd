using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace XbrlGen.Reading;

/// <summary>
/// The line items of a release, one per figure, as CSV or JSON Lines: what <c>xbrlgen extract</c> prints for a person to
/// check. Each names the release file (its name) and line, the line as printed, the label, the scale and the value.
/// </summary>
public static class LineItemFormat
{
    private static IEnumerable<(ReleaseTable Table, ReleaseRow Row, Column Column, PrintedNumber Value)> Items(Release release) =>
        from t in release.Tables
        from r in t.Rows
        from v in r.Values.OrderBy(v => v.Key)
        select (t, r, t.Columns[v.Key], v.Value);

    public static string Csv(Release release)
    {
        var sb = new StringBuilder("file,line,source,language,table,title,section,label,column,kind,period,currency,scale,printed,value\n");
        var file = Path.GetFileName(release.File);
        foreach (var (t, r, c, v) in Items(release))
        {
            sb.AppendJoin(',', new[]
            {
                Quote(file), r.Span.Line.ToString(CultureInfo.InvariantCulture), Quote(Source(release, r)), t.Language.ToString().ToLowerInvariant(), t.SourceId, Quote(t.Title), Quote(r.Section ?? string.Empty),
                Quote(r.Label), c.Index.ToString(CultureInfo.InvariantCulture), c.Kind.ToString(), c.Period?.ToString() ?? Quote(c.PeriodText), c.Currency ?? string.Empty,
                t.Scale?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, Quote(v.Text), v.IsDash ? string.Empty : v.Value.ToString(CultureInfo.InvariantCulture),
            }).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// JSON Lines: one object per figure; text as printed (non-ASCII unescaped). Each names where it was printed
    /// (<c>file</c>, <c>page</c>, <c>line</c>, <c>source</c>), what it is (<c>statement</c>, <c>table</c>, <c>label</c>), its period
    /// (<c>start</c> and <c>end</c>, or <c>instant</c>, as ISO dates), <c>unit</c> and <c>scale</c>, the figure as printed and its
    /// <c>value</c> in full units with its printed sign: "(5,485)" under "In millions" is -5485000000; a dash is 0.
    /// </summary>
    public static string Json(Release release)
    {
        var file = Path.GetFileName(release.File);
        var type = LineItemJsonContext.Relaxed.LineItemJson;
        var sb = new StringBuilder();
        foreach (var i in Items(release))
        {
            var (unit, scale) = UnitAndScale(i.Table, i.Row, i.Column, i.Value);
            var period = i.Column.Period;
            var item = new LineItemJson(
                file,
                i.Row.Page,
                i.Row.Span.Line,
                Source(release, i.Row),
                i.Table.Language.ToString().ToLowerInvariant(),
                StatementName(i.Table.Statement),
                i.Table.SourceId.Length > 0 ? i.Table.SourceId : i.Table.Title,
                i.Table.Title,
                i.Row.Section,
                i.Row.Label,
                i.Column.Index,
                i.Column.Kind.ToString(),
                period is { IsDuration: true } ? Xbrl.Period.Iso(period.Start) : null,
                period is { IsDuration: true } ? Xbrl.Period.Iso(period.End) : null,
                period is { IsDuration: false } ? Xbrl.Period.Iso(period.End) : null,
                period?.ToString() ?? i.Column.PeriodText,
                unit,
                scale,
                i.Value.Text,
                FullValue(i.Value, scale));
            sb.Append(JsonSerializer.Serialize(item, type)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The figure in full units: the printed value times ten to the scale, with its printed sign; a dash is zero.</summary>
    public static decimal FullValue(PrintedNumber value, int scale)
    {
        if (value.IsDash)
        {
            return 0m;
        }

        var v = value.Value;
        for (var k = 0; k < scale; k++)
        {
            v *= 10m;
        }

        return v;
    }

    /// <summary>
    /// What a figure counts and the power of ten it is printed in: money in the column's currency at the table's scale;
    /// money per share, unscaled; shares, at the table's scale unless the heading excepts them; percentages, pure.
    /// </summary>
    public static (string? Unit, int Scale) UnitAndScale(ReleaseTable table, ReleaseRow row, Column column, PrintedNumber value)
    {
        if (!column.IsAmount || value.IsPercent || row.Unit == FigureUnit.Pure)
        {
            return ("pure", 0);
        }

        var currency = column.Currency ?? table.StatedMeasure;
        return row.Unit switch
        {
            FigureUnit.PerShare => (currency is null ? "per share" : currency + "/share", row.FigureScale ?? 0),
            FigureUnit.Shares => ("shares", row.FigureScale ?? table.Scale ?? 0),
            _ => (currency, column.Scale ?? row.FigureScale ?? table.Scale ?? 0),
        };
    }

    private static string? StatementName(StatementKind kind) => kind switch
    {
        StatementKind.Income => "income",
        StatementKind.ComprehensiveIncome => "comprehensive-income",
        StatementKind.BalanceSheet => "balance-sheet",
        StatementKind.CashFlows => "cash-flows",
        StatementKind.Equity => "equity",
        _ => null,
    };

    /// <summary>The release line the row was read from, as printed (trimmed).</summary>
    private static string Source(Release release, ReleaseRow row) => row.Source ?? LineSource(release, row);

    private static string LineSource(Release release, ReleaseRow row) =>
        row.Span.Line >= 1 && row.Span.Line <= release.Lines.Count ? release.Lines[row.Span.Line - 1].Trim() : string.Empty;

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}

/// <summary>One figure of <c>extract --format json</c>; the members are written in this order, in camel case.</summary>
internal sealed record LineItemJson(string File, int? Page, int Line, string Source, string Language, string? Statement, string Table, string Title, string? Section, string Label, int Column, string Kind, string? Start, string? End, string? Instant, string Period, string? Unit, int Scale, string Printed, decimal Value);

/// <summary>Serialization of <see cref="LineItemJson"/> generated at compile time (no reflection; Native AOT safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LineItemJson))]
internal sealed partial class LineItemJsonContext : JsonSerializerContext
{
    /// <summary>The same contract, with text as printed: Japanese and symbols are not escaped.</summary>
    public static LineItemJsonContext Relaxed { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
