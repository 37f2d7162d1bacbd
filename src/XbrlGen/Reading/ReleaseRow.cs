using XbrlGen.Diagnostics;

namespace XbrlGen.Reading;

/// <summary>
/// One line item of a release table: its label as printed (cleaned), the section it sits under,
/// its figures by column index (absent where the row prints none), and where it was read.
/// </summary>
public sealed record ReleaseRow(string Label, string? Section, IReadOnlyDictionary<int, PrintedNumber> Values, SourceSpan Span)
{
    /// <summary>A footnote marker that stood between the label and the figures, if any.</summary>
    public string? FootnoteMarker { get; init; }
}
