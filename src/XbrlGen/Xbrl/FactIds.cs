using System.Globalization;

namespace XbrlGen.Xbrl;

/// <summary>The id a written fact gets when it has none of its own: <c>f1</c>, <c>f2</c>, ... in document order.</summary>
public static class FactIds
{
    /// <summary>The id of the <paramref name="ordinal"/>th fact (1-based).</summary>
    public static string Nth(int ordinal) => "f" + ordinal.ToString(CultureInfo.InvariantCulture);
}
