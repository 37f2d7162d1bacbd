using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Review;

/// <summary>How much of the release the filing holds: printed figures, facts, merged copies, and what is not filed and why.</summary>
public sealed record ReviewCoverage(int ReleaseFigures, int Facts, int FiledFigures, int MergedCopies, int Dashes, int PercentFigures, int UnmappedFigures, int UnmappedLines, int ProseFigures, int ProseMatched)
{
    /// <summary>What the JSON Lines object says it is; written first.</summary>
    [JsonPropertyOrder(-1)]
    public string Kind => "coverage";

    public string ToJson() => JsonSerializer.Serialize(this, ReviewCoverageJsonContext.Default.ReviewCoverage);
}

/// <summary>The review of one release: the findings (the release's contradictions and the mapping's warnings), coverage, and every prose figure's match.</summary>
public sealed record ReviewReport(ReviewContext Context, IReadOnlyList<Diagnostic> Findings, ReviewCoverage Coverage, IReadOnlyList<ProseMatch> Prose)
{
    /// <summary>Codes a filing team reviews: the mapping's warnings about the release and the release's consistency (XG02xx, XG03xx), not the run summary.</summary>
    public static bool IsFinding(Diagnostic d) => (d.Code.StartsWith("XG02", StringComparison.Ordinal) || d.Code.StartsWith("XG03", StringComparison.Ordinal)) && d.Code != Codes.FactSummary.Code;

    public static ReviewReport Create(ReviewContext context, IEnumerable<Diagnostic> diagnostics)
    {
        var findings = diagnostics.Where(IsFinding).OrderByDescending(d => d.Severity).ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ToList();
        var linked = context.Trace.Figures.Select(f => (f.Row, f.Column)).ToHashSet();
        var mappedRows = context.Trace.Rows.Select(r => r.Row).ToHashSet();
        int figures = 0, dashes = 0, percents = 0, unmapped = 0;
        foreach (var table in context.Release.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var (column, value) in row.Values)
                {
                    figures++;
                    if (linked.Contains((row, column)))
                    {
                        continue; // filed, or a merged copy (a dash filed as zero too)
                    }

                    if (value.IsDash)
                    {
                        dashes++;
                    }
                    else if (!table.Columns[column].IsAmount)
                    {
                        percents++;
                    }
                    else if (!linked.Contains((row, column)))
                    {
                        unmapped++;
                    }
                }
            }
        }

        var filed = context.Trace.Figures.Count(f => f.IsFiledCopy);
        var prose = ProseRule.Match(context);
        var coverage = new ReviewCoverage(figures, context.Filing.Facts.Count, filed, context.Trace.Figures.Count - filed, dashes, percents, unmapped,
            context.Release.Tables.Sum(t => t.Rows.Count(r => !mappedRows.Contains(r))), prose.Count, prose.Count(p => p.Fact is not null));
        return new ReviewReport(context, findings, coverage, prose);
    }

    /// <summary>The findings and coverage as JSON Lines: one object per finding (as <c>validate --format json</c> prints them, with the lines quoted), then one coverage object.</summary>
    public string ToJsonLines()
    {
        var sb = new StringBuilder();
        foreach (var d in Findings)
        {
            var json = d.ToJson();
            sb.Append(json[..^1]).Append(",\"quoted\":").Append(JsonSerializer.Serialize(new[] { d.Span }.Concat(d.Related).Select(Quote).ToList(), DiagnosticJsonContext.Utf8.ListString)).Append("}\n");
        }

        sb.Append(Coverage.ToJson()).Append('\n');
        return sb.ToString();
    }

    private readonly Dictionary<string, string[]> _mappingFiles = new(StringComparer.Ordinal);

    /// <summary>The line a span points at, as printed (whitespace collapsed): a release line, or a line of the mapping's files; empty otherwise.</summary>
    public string Quote(SourceSpan span)
    {
        IReadOnlyList<string>? lines = null;
        if (span.File == Context.Release.File)
        {
            lines = Context.Release.Lines;
        }
        else if (Path.GetFullPath(span.File).StartsWith(Path.GetFullPath(Context.Mapping.Directory), StringComparison.Ordinal) && File.Exists(span.File))
        {
            if (!_mappingFiles.TryGetValue(span.File, out var read))
            {
                read = _mappingFiles[span.File] = File.ReadAllLines(span.File);
            }

            lines = read;
        }

        if (lines is null || span.Line < 1 || span.Line > lines.Count)
        {
            return string.Empty;
        }

        // A long line is quoted around the place the finding names.
        var line = lines[span.Line - 1];
        if (line.Length > MaxQuote)
        {
            var from = Math.Clamp(span.Column - 1 - (MaxQuote / 3), 0, line.Length - MaxQuote);
            line = (from > 0 ? "..." : string.Empty) + line.Substring(from, MaxQuote) + (from + MaxQuote < line.Length ? "..." : string.Empty);
        }

        return string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private const int MaxQuote = 240;

    /// <summary>What was read from the running text, one CSV line per figure: file, line, language, text, value, unit or %, scale, and the fact it restates or "unmatched".</summary>
    public string ProseCsv()
    {
        var sb = new StringBuilder("file,line,language,text,value,unit,scale,matched\n");
        foreach (var r in ProseRows())
        {
            sb.Append(Csv(r.File)).Append(',').Append(r.Line.ToString(CultureInfo.InvariantCulture)).Append(',').Append(r.Language).Append(',')
              .Append(Csv(r.Text)).Append(',').Append(r.Value.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(r.Unit).Append(',').Append(r.Scale.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Csv(r.Matched)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The same rows as <see cref="ProseCsv"/>, one JSON object per line (UTF-8, not escaped).</summary>
    public string ProseJsonLines()
    {
        var sb = new StringBuilder();
        foreach (var r in ProseRows())
        {
            sb.Append(JsonSerializer.Serialize(r, ReviewCoverageJsonContext.Utf8.ProseRow)).Append('\n');
        }

        return sb.ToString();
    }

    private IEnumerable<ProseRow> ProseRows() => Prose.Select(p => new ProseRow(
        Path.GetFileName(p.Figure.Span.File),
        p.Figure.Span.Line,
        p.Figure.Language.Code(),
        p.Figure.Text,
        p.Figure.Value,
        p.Figure.Kind == ProseKind.Percent ? "%" : p.Figure.Currency + (p.Figure.PerUnit ? "/unit" : string.Empty),
        p.Figure.Scale,
        p.Fact is { } fact ? Describe(fact) + (p.Compare is null ? string.Empty : " change against " + p.Compare) : "unmatched"));

    private static string Csv(string s) => s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    public static string Describe(Fact fact) => string.Create(CultureInfo.InvariantCulture,
        $"{fact.Concept} {fact.Context.Period} {fact.Unit?.Id ?? "-"} decimals {fact.Decimals?.ToString(CultureInfo.InvariantCulture) ?? "-"} dimensions {Dimensions(fact)}");

    /// <summary>A fact's explicit members (axis=member, ...), or "none".</summary>
    public static string Dimensions(Fact fact) => fact.Context.Members.Count == 0 ? "none" : LineKey.MembersText(fact.Context.Members);
}

/// <summary>The coverage object's serialization, generated at compile time (no reflection; Native AOT safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReviewCoverage))]
[JsonSerializable(typeof(ProseRow))]
internal sealed partial class ReviewCoverageJsonContext : JsonSerializerContext
{
    /// <summary>Text other than ASCII written as UTF-8, not as <c>\uXXXX</c> escapes.</summary>
    public static ReviewCoverageJsonContext Utf8 { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

/// <summary>One figure of the running text, as <c>extract --prose</c> prints it.</summary>
public sealed record ProseRow(string File, int Line, string Language, string Text, decimal Value, string Unit, int Scale, string Matched);
