using System.Globalization;

namespace XbrlGen.Diagnostics;

/// <summary>A diagnostic's stable code, default severity and message format. All of them live in <see cref="Codes"/>.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Format)
{
    public static DiagnosticDescriptor Error(string code, string format) => new(code, Severity.Error, format);

    public static DiagnosticDescriptor Warning(string code, string format) => new(code, Severity.Warning, format);

    public static DiagnosticDescriptor Info(string code, string format) => new(code, Severity.Info, format);

    public Diagnostic Create(SourceSpan span, params object[] args) =>
        new(Severity, Code, args.Length == 0 ? Format : string.Format(CultureInfo.InvariantCulture, Format, args), span);
}
