using System.Globalization;
using System.Text;
using System.Text.Json;

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

    public static string Json(Release release)
    {
        var file = Path.GetFileName(release.File);
        var items = Items(release).Select(i => new
        {
            file,
            line = i.Row.Span.Line,
            source = Source(release, i.Row),
            language = i.Table.Language.ToString().ToLowerInvariant(),
            table = i.Table.SourceId,
            title = i.Table.Title,
            section = i.Row.Section,
            label = i.Row.Label,
            column = i.Column.Index,
            kind = i.Column.Kind.ToString(),
            period = i.Column.Period?.ToString() ?? i.Column.PeriodText,
            currency = i.Column.Currency,
            scale = i.Table.Scale,
            printed = i.Value.Text,
            value = i.Value.IsDash ? (decimal?)null : i.Value.Value,
        });
        // JSON Lines: one object per figure.
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            sb.Append(JsonSerializer.Serialize(item, options)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The release line the row was read from, as printed (trimmed).</summary>
    private static string Source(Release release, ReleaseRow row) =>
        row.Span.Line >= 1 && row.Span.Line <= release.Lines.Count ? release.Lines[row.Span.Line - 1].Trim() : string.Empty;

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
