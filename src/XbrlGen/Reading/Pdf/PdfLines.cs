namespace XbrlGen.Reading.Pdf;

/// <summary>One word of a PDF page: its text and its box in points (y grows upwards, as in PDF).</summary>
internal readonly record struct PdfWord(string Text, double Left, double Right, double Bottom, double Top)
{
    public double Height => Top - Bottom;
}

/// <summary>
/// The geometry of one page: words into lines (rows), rows into cells, and blocks side by side found by their gutter.
/// Everything here is computed from the positions alone, with thresholds relative to the words' own height, so that it
/// holds for any font size and any page.
/// </summary>
internal static class PdfLines
{
    /// <summary>Two words are on one line when their vertical extents overlap by this share of the smaller one.</summary>
    private const double RowOverlap = 0.3;

    /// <summary>A gap wider than this share of the words' height starts a new cell (a space is about a quarter of it).</summary>
    private const double CellGap = 0.5;

    /// <summary>How many recent rows a word is compared with (rows are built top to bottom).</summary>
    private const int RowWindow = 8;

    /// <summary>How deep blocks side by side are split (a page of three or four columns).</summary>
    private const int MaxSplits = 4;

    /// <summary>How many candidate gutters of one block are tried, the best supported first.</summary>
    private const int MaxGutterCandidates = 8;

    /// <summary>The page's lines in reading order, each as its cells, each cell as its words left to right.</summary>
    public static IEnumerable<IReadOnlyList<IReadOnlyList<PdfWord>>> Group(IReadOnlyList<PdfWord> words)
    {
        foreach (var row in Region(words, 0))
        {
            yield return Cells(row);
        }
    }

    private static List<List<PdfWord>> Region(IReadOnlyList<PdfWord> words, int depth)
    {
        var rows = Rows(words);
        if (depth >= MaxSplits || rows.Count < 4)
        {
            return rows;
        }

        if (FindGutter(rows) is not { } gutter)
        {
            return rows;
        }

        var (x, start, end) = gutter;
        var result = new List<List<PdfWord>>();
        result.AddRange(Region(rows.Take(start).SelectMany(r => r).ToList(), depth + 1));
        var run = rows.Skip(start).Take(end - start).SelectMany(r => r).ToList();
        result.AddRange(Region(run.Where(w => w.Left < x).ToList(), depth + 1));
        result.AddRange(Region(run.Where(w => w.Left >= x).ToList(), depth + 1));
        result.AddRange(Region(rows.Skip(end).SelectMany(r => r).ToList(), depth + 1));
        return result;
    }

    /// <summary>Words into rows, top to bottom: a word joins the recent row its vertical extent overlaps most.</summary>
    internal static List<List<PdfWord>> Rows(IEnumerable<PdfWord> words)
    {
        var sorted = words.OrderByDescending(w => w.Top).ThenBy(w => w.Left).ThenBy(w => w.Bottom).ToList();
        var bands = new List<(double Bottom, double Top)>();
        var rows = new List<List<PdfWord>>();
        foreach (var w in sorted)
        {
            var best = -1;
            var bestRatio = RowOverlap;
            for (var i = rows.Count - 1; i >= 0 && i >= rows.Count - RowWindow; i--)
            {
                var (bottom, top) = bands[i];
                var overlap = Math.Min(top, w.Top) - Math.Max(bottom, w.Bottom);
                var ratio = overlap / Math.Max(0.01, Math.Min(top - bottom, w.Height));
                if (ratio >= bestRatio && (best < 0 || ratio > bestRatio))
                {
                    best = i;
                    bestRatio = ratio;
                }
            }

            if (best < 0)
            {
                bands.Add((w.Bottom, w.Top));
                rows.Add([w]);
            }
            else
            {
                rows[best].Add(w);
            }
        }

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : b.Top.CompareTo(a.Top));
        }

        return rows;
    }

    /// <summary>A row's words into cells: a new cell where the gap to the previous word is wider than half a word's height.</summary>
    internal static IReadOnlyList<IReadOnlyList<PdfWord>> Cells(List<PdfWord> row)
    {
        var cells = new List<IReadOnlyList<PdfWord>>();
        var current = new List<PdfWord>();
        foreach (var w in row)
        {
            if (current.Count > 0)
            {
                var previous = current[^1];
                var gap = w.Left - previous.Right;
                if (gap > CellGap * Math.Max(previous.Height, w.Height))
                {
                    cells.Add(current);
                    current = [];
                }
            }

            current.Add(w);
        }

        if (current.Count > 0)
        {
            cells.Add(current);
        }

        return cells;
    }

    /// <summary>
    /// The vertical gutter between two blocks side by side, if the rows have one: an x that no word of a run of rows
    /// crosses, where the block on its right starts its lines with words (labels, text) left-aligned on that x in at
    /// least half of the run's rows, and the block on its left holds words too. A table's own columns are not gutters:
    /// figures are right-aligned and are no words, and a column heading starts few rows. Returns the x and the run
    /// [start, end) of rows.
    /// </summary>
    private static (double X, int Start, int End)? FindGutter(List<List<PdfWord>> rows)
    {
        var candidates = new List<(double X, int Row)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            for (var j = 1; j < row.Count; j++)
            {
                var w = row[j];
                var previous = row[j - 1];
                if (w.Left - previous.Right >= Math.Max(w.Height, previous.Height) && StartsText(w.Text))
                {
                    candidates.Add((w.Left, r));
                }
            }
        }

        if (candidates.Count < 3)
        {
            return null;
        }

        candidates.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : a.Row.CompareTo(b.Row));
        var clusters = new List<List<(double X, int Row)>>();
        foreach (var c in candidates)
        {
            if (clusters.Count > 0 && c.X - clusters[^1][^1].X <= 2.0)
            {
                clusters[^1].Add(c);
            }
            else
            {
                clusters.Add([c]);
            }
        }

        var ranked = clusters
            .Select(c => (X: c.Min(p => p.X), Rows: c.Select(p => p.Row).Distinct().Order().ToList()))
            .Where(c => c.Rows.Count >= 3)
            .OrderByDescending(c => c.Rows.Count)
            .ThenBy(c => c.X)
            .Take(MaxGutterCandidates);
        foreach (var (x, starts) in ranked)
        {
            var crossing = rows.Select(row => row.Any(w => w.Left < x - 0.5 && w.Right > x + 0.5)).ToArray();
            var r = 0;
            while (r < rows.Count)
            {
                if (crossing[r])
                {
                    r++;
                    continue;
                }

                var start = r;
                while (r < rows.Count && !crossing[r])
                {
                    r++;
                }

                if (Accept(rows, x, start, r, starts))
                {
                    return (x, start, r);
                }
            }
        }

        return null;
    }

    private static bool Accept(List<List<PdfWord>> rows, double x, int start, int end, List<int> starts)
    {
        var aligned = starts.Count(s => s >= start && s < end);
        if (aligned < 3)
        {
            return false;
        }

        int right = 0, left = 0;
        for (var r = start; r < end; r++)
        {
            var row = rows[r];
            var hasLeft = row.Any(w => w.Left < x);
            var hasRight = row.Any(w => w.Left >= x);
            left += hasLeft ? 1 : 0;
            right += hasRight ? 1 : 0;
        }

        return right >= 4 && left >= 3 && aligned * 2 >= right;
    }

    /// <summary>Whether a word starts text (a label, a sentence), not a figure, a date or a column's period.</summary>
    private static bool StartsText(string text) => text.Length > 0 && char.IsLetter(text[0]) && !text.Any(char.IsDigit);
}
