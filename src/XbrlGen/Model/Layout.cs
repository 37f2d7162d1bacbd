namespace XbrlGen.Model;

/// <summary>What a printed column holds: an amount (a fact's figure) or a percentage computed from amounts.</summary>
public enum PrintedColumnKind
{
    Amount,
    Percent,
}

/// <summary>
/// A column of a printed table: its heading as printed (<c>1Q03</c>, <c>% of total</c>), the period it covers and its
/// currency, where it has them.
/// </summary>
public sealed record PrintedColumn(PrintedColumnKind Kind, string Heading, ReportingPeriod? Period, string? Currency);

/// <summary>
/// A figure as the release prints it (<c>(1,059,574)</c>, <c>-</c>), the scale of its table (3 for thousands), and the
/// fact it is a copy of, if any (percentages and dashes are no fact).
/// </summary>
public sealed record PrintedFigure(int Column, string Text, decimal Value, bool IsDash, int Scale, Fact? Fact);

/// <summary>A printed row: its label, the section heading it sits under, whether it is a total, and its figures.</summary>
public sealed record PrintedRow(string Label, string? Section, bool IsTotal, IReadOnlyList<PrintedFigure> Figures);

/// <summary>One table of the release in one language, as printed: the mapping's table id and the release's source id (<c>table-1</c>, <c>appendix-2</c>), title, scale, columns and rows, in printed order.</summary>
public sealed record PrintedTable(string Id, string Source, Language Language, string Title, int? Scale, IReadOnlyList<PrintedColumn> Columns, IReadOnlyList<PrintedRow> Rows);

/// <summary>A figure stated in running text (a note, a highlight), in one language, and its fact.</summary>
public sealed record PrintedProse(Language Language, string Text, int Scale, Fact Fact);

/// <summary>
/// The release as printed, tied to the filing's facts: its tables in printed order and the figures of its running
/// text, in both languages. Renderers that show the release (the Inline XBRL pages) lay their pages out from it; the
/// facts are the filing's own, never re-derived.
/// </summary>
public sealed record PrintedLayout(Language PrimaryLanguage, IReadOnlyList<PrintedTable> Tables, IReadOnlyList<PrintedProse> Prose)
{
    public static PrintedLayout Empty { get; } = new(Language.En, [], []);
}
