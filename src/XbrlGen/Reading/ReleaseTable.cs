using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Reading;

/// <summary>
/// A table of the release in one language: its source id (<c>appendix-1</c>, <c>table-3</c>, or empty when the
/// release names it only by title), title, scale (3 for thousands, 6 for millions, null when not stated),
/// measure stated in the heading (such as <c>Gbps</c>), columns and rows.
/// </summary>
public sealed record ReleaseTable(
    string SourceId,
    Language Language,
    string Title,
    int? Scale,
    string? StatedMeasure,
    IReadOnlyList<Column> Columns,
    IReadOnlyList<ReleaseRow> Rows,
    SourceSpan HeadingSpan)
{
    public IEnumerable<Column> AmountColumns => Columns.Where(c => c.IsAmount);

    public override string ToString() => $"{(SourceId.Length > 0 ? SourceId : Title)} ({Language.Code()})";
}
