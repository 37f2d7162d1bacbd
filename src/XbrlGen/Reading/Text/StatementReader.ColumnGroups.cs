using System.Text;
using XbrlGen.Model;

namespace XbrlGen.Reading.Text;

/// <summary>Column headings printed in groups side by side, each group a length over several dated columns.</summary>
internal sealed partial class StatementReader
{
    /// <summary>
    /// Headings in groups: a line of lengths (<c>Three Months Ended | Six Months Ended</c>, <c>Thirteen Weeks Ended |
    /// Thirty-Nine Weeks Ended</c>), each printed over several columns, and under it the columns' dates (or month-days,
    /// then years). Each group is read on its own, from the headings printed under it (by position: HTML grid columns,
    /// text's character columns, PDF points), so every column takes its own group's length. Null where the headings
    /// are not so grouped or a group reads no period: the heading is then read as a whole.
    /// </summary>
    private List<HeadingColumn>? ReadGroupedHeading(List<Token> stream, int headingEnd, StatementKind kind)
    {
        if (_cellPerLine)
        {
            return null;
        }

        var heading = stream.Take(headingEnd).ToList();
        foreach (var onLine in heading.GroupBy(t => t.Line))
        {
            var tokens = onLine.ToList();
            var lengths = LengthTokens(tokens);
            if (lengths.Count < 2)
            {
                continue;
            }

            var extents = lengths.Select(g => (Left: g.Min(t => t.Left), Right: g.Max(t => t.Right))).ToList();
            if (extents.Zip(extents.Skip(1)).Any(p => p.First.Right >= p.Second.Left))
            {
                return null;
            }

            var groups = extents.Select(_ => new List<Token>()).ToList();
            foreach (var t in heading.Where(t => t.Line >= onLine.Key && t.Right >= extents[0].Left))
            {
                var center = (t.Left + t.Right) / 2;
                var g = 0;
                while (g + 1 < extents.Count && center > (extents[g].Right + extents[g + 1].Left) / 2)
                {
                    g++;
                }

                groups[g].Add(t);
            }

            var columns = new List<HeadingColumn>();
            foreach (var group in groups)
            {
                var read = PeriodHeadings.Read(HeadingText(group, 0, group.Count), kind, _calendar);
                if (read.Count == 0 || read.Any(c => c.Period is null))
                {
                    return null;
                }

                columns.AddRange(read);
            }

            return columns;
        }

        return null;
    }

    /// <summary>The tokens of each length phrase printed on one line, in printed order.</summary>
    private static List<List<Token>> LengthTokens(List<Token> line)
    {
        var text = new StringBuilder();
        var starts = new int[line.Count];
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0)
            {
                text.Append(line[i].Cell == line[i - 1].Cell ? " " : " | ");
            }

            starts[i] = text.Length;
            text.Append(line[i].Text);
        }

        return PeriodHeadings.LengthPhrases(text.ToString())
            .Select(p => line.Where((t, i) => starts[i] < p.End && starts[i] + t.Text.Length > p.At).ToList())
            .Where(g => g.Count > 0)
            .ToList();
    }
}
