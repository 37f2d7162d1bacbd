using System.Reflection;
using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Diagnostics;

/// <summary>Catalog entries for tests: a descriptor by its name in <see cref="Codes"/> (for <c>[InlineData(nameof(Codes.X))]</c>), and whether a diagnostic came from it.</summary>
internal static class Catalog
{
    /// <summary>The descriptor <c>Codes.{name}</c>.</summary>
    public static DiagnosticDescriptor Named(string name) =>
        (DiagnosticDescriptor)(typeof(Codes).GetField(name, BindingFlags.Public | BindingFlags.Static) ?? throw new ArgumentException($"Codes has no descriptor {name}", nameof(name))).GetValue(null)!;

    /// <summary>Whether <paramref name="diagnostic"/> was made from <paramref name="descriptor"/>: its code, and its message the descriptor's text with the placeholders filled.</summary>
    public static bool IsFrom(this Diagnostic diagnostic, DiagnosticDescriptor descriptor) =>
        diagnostic.Code == descriptor.Code
        && Regex.IsMatch(diagnostic.Message, "^" + Regex.Replace(Regex.Escape(descriptor.Format), @"\\\{\d+(:[^}]*)?}", ".*") + "$", RegexOptions.Singleline);
}
