using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>Where in a context a dimension value or other content is: the entity's segment or the scenario.</summary>
public enum ContextElement
{
    Segment,
    Scenario,
}

/// <summary>
/// One xbrldi:explicitMember or xbrldi:typedMember of a context: its dimension, and the member (explicit) or the
/// name of the member's single child element and how many child elements it has (typed). Names that do not resolve
/// are null. No tree is kept: a large instance's contexts are read once and let go.
/// </summary>
public sealed record DimensionValue(XName? Dimension, string DimensionText, bool Typed, XName? Member, string MemberText, int TypedChildren, XName? TypedChild, ContextElement Where, SourceSpan Span)
{
    /// <summary>A typed member's value as text, its child element's trimmed content (null for an explicit member), as xBRL-JSON states it.</summary>
    public string? TypedValue { get; init; }
}

/// <summary>The dimension values of a context's segment and scenario, and how many other elements each holds.</summary>
public sealed record ContextDimensions(IReadOnlyList<DimensionValue> Values, int SegmentOther, int ScenarioOther)
{
    public const string XbrldiNs = XbrlNamespaces.Xbrldi;
    private static readonly XNamespace Xbrldi = XbrldiNs;

    public static ContextDimensions None { get; } = new([], 0, 0);

    public int OtherIn(ContextElement where) => where == ContextElement.Segment ? SegmentOther : ScenarioOther;

    public static ContextDimensions Read(XElement? segment, XElement? scenario, string path)
    {
        var values = new List<DimensionValue>();
        int Part(XElement? part, ContextElement where)
        {
            var other = 0;
            foreach (var child in part?.Elements() ?? [])
            {
                if (child.Name.Namespace != Xbrldi || child.Name.LocalName is not ("explicitMember" or "typedMember"))
                {
                    other++;
                    continue;
                }

                values.Add(Value(child, where, path));
            }

            return other;
        }

        var segmentOther = Part(segment, ContextElement.Segment);
        var scenarioOther = Part(scenario, ContextElement.Scenario);
        return values.Count == 0 && segmentOther == 0 && scenarioOther == 0 ? None : new ContextDimensions(values, segmentOther, scenarioOther);
    }

    /// <summary>One xbrldi:explicitMember or xbrldi:typedMember, its names resolved where it stands.</summary>
    public static DimensionValue Value(XElement child, ContextElement where, string path)
    {
        var dimensionText = ((string?)child.Attribute("dimension"))?.Trim() ?? string.Empty;
        var typed = child.Name.LocalName == "typedMember";
        var memberText = typed ? string.Empty : child.Value.Trim();
        var children = typed ? child.Elements().Take(2).ToList() : [];
        return new DimensionValue(
            QNameText.Resolve(child, dimensionText),
            dimensionText,
            typed,
            typed ? null : QNameText.Resolve(child, memberText),
            memberText,
            children.Count,
            children.Count == 1 ? children[0].Name : null,
            where,
            SafeXml.Span(path, child))
        {
            TypedValue = typed ? string.Concat(children.Select(c => c.Value.Trim())) : null,
        };
    }
}
