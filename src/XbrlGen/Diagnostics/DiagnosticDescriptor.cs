using System.Globalization;

namespace XbrlGen.Diagnostics;

/// <summary>
/// What an error means for the run: the exit code a command ends with when it reports one. Warnings and infos carry
/// <see cref="Invalid"/>, which applies when <c>--warnings-as-errors</c> makes them errors.
/// </summary>
public enum ExitOutcome
{
    /// <summary>Exit 1: the input was read and is wrong (an XBRL rule, a figure that does not add up, copies that disagree).</summary>
    Invalid = 1,

    /// <summary>Exit 2: the input cannot be used at all (unreadable, unsafe, a mapping that does not fit) or the command line is wrong.</summary>
    Unusable = 2,
}

/// <summary>
/// A diagnostic's stable code, default severity, the exit outcome it stands for and its message format. All of them live
/// in the one catalog, <see cref="Codes"/>; the exit code of a run comes from here, never from a code's text.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, ExitOutcome Outcome, string Format)
{
    /// <summary>An error that makes the input invalid: exit 1.</summary>
    public static DiagnosticDescriptor Invalid(string code, string format) => new(code, Severity.Error, ExitOutcome.Invalid, format);

    /// <summary>An error that makes the input or the command line unusable: exit 2.</summary>
    public static DiagnosticDescriptor Unusable(string code, string format) => new(code, Severity.Error, ExitOutcome.Unusable, format);

    public static DiagnosticDescriptor Warning(string code, string format) => new(code, Severity.Warning, ExitOutcome.Invalid, format);

    public static DiagnosticDescriptor Info(string code, string format) => new(code, Severity.Info, ExitOutcome.Invalid, format);

    public Diagnostic Create(SourceSpan span, params object[] args) =>
        new(Severity, Code, args.Length == 0 ? Format : string.Format(CultureInfo.InvariantCulture, Format, args), span) { Outcome = Outcome };
}
