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

    /// <summary>What the row's figures count: money (the default), money per share, shares, or a pure number.</summary>
    public FigureUnit Unit { get; init; }

    /// <summary>The power of ten the row's figures are printed in, where it differs from the table's (per-share figures, share counts the heading excepts).</summary>
    public int? FigureScale { get; init; }

    /// <summary>The row as printed, where it spans more than its first line (a label and its figures on lines of their own); null otherwise.</summary>
    public string? Source { get; init; }

    /// <summary>The page the row was printed on (PDF), else null.</summary>
    public int? Page { get; init; }
}

/// <summary>What the figures of a row count.</summary>
public enum FigureUnit
{
    /// <summary>An amount of money in the column's currency.</summary>
    Currency,

    /// <summary>Money per share (earnings per share, dividends per share).</summary>
    PerShare,

    /// <summary>A number of shares.</summary>
    Shares,

    /// <summary>A pure number or a percentage.</summary>
    Pure,
}
