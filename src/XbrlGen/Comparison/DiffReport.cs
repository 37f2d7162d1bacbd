using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using XbrlGen.Diagnostics;

namespace XbrlGen.Comparison;

/// <summary>
/// <c>xbrlgen diff</c>'s output: one line per change (facts first, then the taxonomy, each in the comparison's order) and
/// a last summary line; as text, or as JSON Lines (UTF-8 as printed, nothing escaped that need not be).
/// </summary>
public static class DiffReport
{
    public static string Text(FilingDiff diff)
    {
        var sb = new StringBuilder();
        foreach (var f in diff.Facts)
        {
            sb.Append("fact ").Append(Word(f.Kind)).Append(": ").Append(Subject(f));
            switch (f.Kind)
            {
                case ChangeKind.Added:
                    sb.Append(" = ").Append(Value(f.New!)).Append(" [").Append(f.New!.Span).Append(']');
                    break;
                case ChangeKind.Removed:
                    sb.Append(" = ").Append(Value(f.Old!)).Append(" [").Append(f.Old!.Span).Append(']');
                    break;
                default:
                    sb.Append(": ").Append(Value(f.Old!)).Append(" -> ").Append(Value(f.New!));
                    if (f.Difference is { } d)
                    {
                        sb.Append(", difference ").Append(FactComparer.Signed(d));
                        if (f.WithinRounding)
                        {
                            sb.Append(" (within rounding)");
                        }
                    }

                    sb.Append(" [").Append(f.Old!.Span).Append(" -> ").Append(f.New!.Span).Append(']');
                    break;
            }

            sb.Append('\n');
        }

        foreach (var t in diff.Taxonomy)
        {
            sb.Append(Part(t.Part)).Append(' ').Append(Word(t.Kind)).Append(": ").Append(t.Subject);
            sb.Append(t.Kind switch
            {
                ChangeKind.Added => ": " + t.New,
                ChangeKind.Removed => ": " + t.Old,
                _ => ": " + t.Old + " -> " + t.New,
            });
            sb.Append('\n');
        }

        sb.Append(Summary(diff)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The diff as JSON Lines; <paramref name="path"/> names each fact's file as it is to be shown (as it is, by default).</summary>
    public static string JsonLines(FilingDiff diff, Func<string, string>? path = null)
    {
        path ??= p => p;
        var context = DiffJsonContext.Relaxed;
        var sb = new StringBuilder();
        foreach (var f in diff.Facts)
        {
            var line = new FactChangeJson("fact", Word(f.Kind), f.Concept, f.Entity, f.Period, f.Dimensions.Length == 0 ? null : f.Dimensions, f.Unit.Length == 0 ? null : f.Unit, f.Lang,
                f.Old is null ? null : Side(f.Old, path), f.New is null ? null : Side(f.New, path), f.Difference is { } d ? d.ToString("G29", CultureInfo.InvariantCulture) : null, f.Kind == ChangeKind.Changed ? f.WithinRounding : null);
            sb.Append(JsonSerializer.Serialize(line, context.FactChangeJson)).Append('\n');
        }

        foreach (var t in diff.Taxonomy)
        {
            sb.Append(JsonSerializer.Serialize(new TaxonomyChangeJson(Part(t.Part), Word(t.Kind), t.Subject, t.Old, t.New), context.TaxonomyChangeJson)).Append('\n');
        }

        var summary = new DiffSummaryJson(diff.OldName, diff.NewName, diff.Equal, diff.Count(ChangeKind.Added), diff.Count(ChangeKind.Removed), diff.Count(ChangeKind.Changed), diff.Taxonomy.Count);
        sb.Append(JsonSerializer.Serialize(summary, context.DiffSummaryJson)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The last line: the two filings and what differs, or that they are equal.</summary>
    public static string Summary(FilingDiff diff) => diff.Equal
        ? $"{diff.OldName} -> {diff.NewName}: equal"
        : string.Create(CultureInfo.InvariantCulture,
            $"{diff.OldName} -> {diff.NewName}: differ ({diff.Count(ChangeKind.Added)} facts added, {diff.Count(ChangeKind.Removed)} removed, {diff.Count(ChangeKind.Changed)} changed; {diff.Taxonomy.Count} taxonomy changes)");

    private static string Subject(FactChange f)
    {
        var sb = new StringBuilder(f.Concept).Append(' ').Append(f.Period);
        if (f.Dimensions.Length > 0)
        {
            sb.Append(" [").Append(f.Dimensions).Append(']');
        }

        if (f.Unit.Length > 0)
        {
            sb.Append(' ').Append(f.Unit);
        }

        if (f.Lang is not null)
        {
            sb.Append(" (").Append(f.Lang).Append(')');
        }

        return sb.ToString();
    }

    private static string Value(FactSide side) =>
        (side.Value is null ? "nil" : side.Value.Length > 80 ? "\"" + side.Value[..77] + "...\"" : side.Decimals is null ? "\"" + side.Value + "\"" : side.Value)
        + (side.Decimals is { } d ? " (decimals " + d + ")" : string.Empty);

    private static FactSideJson Side(FactSide side, Func<string, string> path) => new(side.Value, side.Decimals, path(side.Span.File), side.Span.Line, side.Span.Column);

    private static string Word(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    private static string Part(TaxonomyPart part) => part switch
    {
        TaxonomyPart.Concept => "concept",
        TaxonomyPart.Label => "label",
        TaxonomyPart.Presentation => "presentation",
        _ => "calculation",
    };
}

/// <summary>One side of a changed fact in <c>diff --format json</c>.</summary>
internal sealed record FactSideJson(string? Value, string? Decimals, string File, int Line, int Column);

/// <summary>A fact line of <c>diff --format json</c>; the members are written in this order, in camel case.</summary>
internal sealed record FactChangeJson(string Kind, string Change, string Concept, string Entity, string Period, string? Dimensions, string? Unit, string? Lang, FactSideJson? Old, FactSideJson? New, string? Difference, bool? WithinRounding);

/// <summary>A taxonomy line of <c>diff --format json</c>.</summary>
internal sealed record TaxonomyChangeJson(string Kind, string Change, string Subject, string? Old, string? New);

/// <summary>The last line of <c>diff --format json</c>.</summary>
internal sealed record DiffSummaryJson(string Old, string New, bool Equal, int FactsAdded, int FactsRemoved, int FactsChanged, int TaxonomyChanges);

/// <summary>Serialization of <c>diff --format json</c>, generated at compile time (no reflection; Native AOT safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FactChangeJson))]
[JsonSerializable(typeof(TaxonomyChangeJson))]
[JsonSerializable(typeof(DiffSummaryJson))]
internal sealed partial class DiffJsonContext : JsonSerializerContext
{
    /// <summary>The same contract, with text as printed: Japanese and symbols are not escaped.</summary>
    public static DiffJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
