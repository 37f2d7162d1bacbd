namespace XbrlGen.Diagnostics;

/// <summary>How serious a diagnostic is. Errors fail the run; warnings and infos do not.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
