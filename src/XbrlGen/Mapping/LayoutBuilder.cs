using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Mapping;

/// <summary>
/// Lays the release out as printed, tied to the merged facts through the mapping's one trace
/// (<see cref="MappingTrace"/>): every printed figure that was read as a copy of a fact points at that fact, so a page
/// showing the release tags or links the filing's own facts, not facts made up again.
/// </summary>
internal static class LayoutBuilder
{
    public static PrintedLayout Build(Release release, MappingSet mapping, IReadOnlyList<MatchedRow> matches, MappingTrace trace)
    {
        var lines = matches.GroupBy(m => m.Row).ToDictionary(g => g.Key, g => g.First().Line);
        var tables = new List<PrintedTable>();
        // In the order the tables are printed: by their title heading (PDF extraction can put a table's figures after
        // the next table's title), not by where their figures were found.
        foreach (var table in release.Tables.OrderBy(t => t.HeadingSpan.Line))
        {
            if (matches.FirstOrDefault(m => ReferenceEquals(m.Source, table)) is not { } match)
            {
                continue;
            }

            var columns = table.Columns.Select(c => new PrintedColumn(
                c.IsAmount ? PrintedColumnKind.Amount : PrintedColumnKind.Percent, c.PeriodText, c.Period, c.Currency)).ToList();
            var rows = table.Rows.Select(row => new PrintedRow(
                row.Label,
                row.Section,
                lines.TryGetValue(row, out var line) && line.Role == LineRole.Total,
                row.Values.OrderBy(v => v.Key).Select(v =>
                {
                    var link = trace.FigureAt(row, v.Key);
                    return new PrintedFigure(v.Key, v.Value.Text, v.Value.Value, v.Value.IsDash, link?.Scale ?? table.Scale ?? match.Table.Scale ?? 0, link?.Fact);
                }).ToList())).ToList();
            tables.Add(new PrintedTable(match.Table.Id, match.Table.Source, table.Language, table.Title, table.Scale ?? match.Table.Scale, columns, rows));
        }

        return new PrintedLayout(mapping.Entity.PrimaryLanguage, tables, trace.Prose);
    }
}
