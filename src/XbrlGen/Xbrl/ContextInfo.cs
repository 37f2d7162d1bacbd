using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>A context as validation needs it: its id, a key for c-equality (4.10), and its period.</summary>
public sealed record ContextInfo(string Id, string Scheme, string Identifier, string EqualityKey, InstancePeriod Period, SourceSpan Span)
{
    public bool HasSegmentOrScenario { get; init; }

    /// <summary>The segment's and scenario's content as XBRL Dimensions reads it (empty for a plain context).</summary>
    public ContextDimensions Dimensions { get; init; } = ContextDimensions.None;

    /// <summary>Contexts with the same class are c-equal.</summary>
    public int Class { get; init; }
}
