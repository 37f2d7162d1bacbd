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

    /// <summary>JSON Lines: one object per figure; text as printed (non-ASCII unescaped).</summary>
    public static string Json(Release release)
    {
        var file = Path.GetFileName(release.File);
        var type = LineItemJsonContext.Relaxed.LineItemJson;
        var sb = new StringBuilder();
        foreach (var i in Items(release))
        {
            var item = new LineItemJson(
                file,
                i.Row.Span.Line,
                Source(release, i.Row),
                i.Table.Language.ToString().ToLowerInvariant(),
                i.Table.SourceId,
                i.Table.Title,
                i.Row.Section,
                i.Row.Label,
                i.Column.Index,
                i.Column.Kind.ToString(),
                i.Column.Period?.ToString() ?? i.Column.PeriodText,
                i.Column.Currency,
                i.Table.Scale,
                i.Value.Text,
                i.Value.IsDash ? null : i.Value.Value);
            sb.Append(JsonSerializer.Serialize(item, type)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The release line the row was read from, as printed (trimmed).</summary>
    private static string Source(Release release, ReleaseRow row) =>
        row.Span.Line >= 1 && row.Span.Line <= release.Lines.Count ? release.Lines[row.Span.Line - 1].Trim() : string.Empty;

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}

/// <summary>One figure of <c>extract --format json</c>; the members are written in this order, in camel case.</summary>
internal sealed record LineItemJson(string File, int Line, string Source, string Language, string Table, string Title, string? Section, string Label, int Column, string Kind, string Period, string? Currency, int? Scale, string Printed, decimal? Value);

/// <summary>Serialization of <see cref="LineItemJson"/> generated at compile time (no reflection; Native AOT safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LineItemJson))]
internal sealed partial class LineItemJsonContext : JsonSerializerContext
{
    /// <summary>The same contract, with text as printed: Japanese and symbols are not escaped.</summary>
    public static LineItemJsonContext Relaxed { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
