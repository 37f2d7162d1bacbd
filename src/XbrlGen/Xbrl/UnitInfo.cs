using System.Globalization;
using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>A unit: its id, and its measures as sorted expanded names (u-equality is equality of the key).</summary>
public sealed record UnitInfo(string Id, IReadOnlyList<XName> Numerator, IReadOnlyList<XName> Denominator, SourceSpan Span)
{
    public string Key { get; } = Unit.KeyOf(Numerator.Select(n => (n.NamespaceName, n.LocalName)), Denominator.Select(n => (n.NamespaceName, n.LocalName)));

    public bool IsSingle(XName measure) => Denominator.Count == 0 && Numerator.Count == 1 && Numerator[0] == measure;

    /// <summary>Units with the same class are u-equal.</summary>
    public int Class { get; init; }
}
