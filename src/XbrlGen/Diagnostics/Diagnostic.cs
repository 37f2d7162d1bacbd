using System.Globalization;
using System.Text;

namespace XbrlGen.Diagnostics;

/// <summary>
/// One finding: severity, stable code, message and where it is. <see cref="Related"/> names other places
/// that take part (the second copy of a duplicated fact, the release line a generated fact came from).
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    public IReadOnlyList<SourceSpan> Related { get; init; } = [];

    /// <summary>A warning made an error by <c>--warnings-as-errors</c>.</summary>
    public bool Escalated { get; init; }

    public bool IsError => Severity == Severity.Error;

    /// <summary>The exit outcome its descriptor gives, should it be an error.</summary>
    public required ExitOutcome Outcome { get; init; }

    /// <summary>
    /// The exit code of a run that reported <paramref name="diagnostics"/>: 0 without errors; 2 when an error makes the
    /// input or the command line unusable; else 1. A warning made an error by <c>--warnings-as-errors</c> counts as invalid.
    /// </summary>
    public static int ExitCode(IEnumerable<Diagnostic> diagnostics)
    {
        var exit = 0;
        foreach (var d in diagnostics.Where(d => d.IsError))
        {
            exit = Math.Max(exit, d.Escalated ? (int)ExitOutcome.Invalid : (int)d.Outcome);
        }

        return exit;
    }

    /// <summary>Formats as <c>file(line,col): error XG0123: message</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Span).Append(": ").Append(SeverityWord(Severity)).Append(' ').Append(Code).Append(": ").Append(Message);
        foreach (var related in Related)
        {
            sb.Append(" [see ").Append(related).Append(']');
        }

        return sb.ToString();
    }

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public string ToJson()
    {
        var sb = new StringBuilder();
        sb.Append("{\"severity\":").Append(Json(SeverityWord(Severity)))
          .Append(",\"code\":").Append(Json(Code))
          .Append(",\"message\":").Append(Json(Message))
          .Append(",\"file\":").Append(Json(Span.File))
          .Append(",\"line\":").Append(Span.Line.ToString(CultureInfo.InvariantCulture))
          .Append(",\"column\":").Append(Span.Column.ToString(CultureInfo.InvariantCulture))
          .Append(",\"related\":[");
        for (var i = 0; i < Related.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"file\":").Append(Json(Related[i].File))
              .Append(",\"line\":").Append(Related[i].Line.ToString(CultureInfo.InvariantCulture)).Append('}');
        }

        sb.Append("]}");
        return sb.ToString();
    }

    private static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s, DiagnosticJsonContext.Utf8.String);
}

/// <summary>JSON strings and string lists of the JSON Lines output, serialized by code generated at compile time (no reflection; Native AOT safe).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<string>))]
internal sealed partial class DiagnosticJsonContext : System.Text.Json.Serialization.JsonSerializerContext
{
    /// <summary>Text other than ASCII (Japanese labels and messages) written as UTF-8, not as <c>\uXXXX</c> escapes.</summary>
    public static DiagnosticJsonContext Utf8 { get; } = new(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
