using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Reading;

/// <summary>One rule over a release as read, apart from reading it: it reports catalog entries (<see cref="Codes"/>). Listed in <see cref="ReleaseChecks.All"/>.</summary>
internal interface IReleaseCheck
{
    void Check(Release release, DiagnosticBag diagnostics);
}

/// <summary>Every check of a release as read, run once its tables are read.</summary>
internal static class ReleaseChecks
{
    public static readonly IReadOnlyList<IReleaseCheck> All =
    [
        new HasTablesCheck(),
    ];

    /// <summary>
    /// Rows whose figures do not fit their table's columns (XG0111): an error in a table the caller files; in another,
    /// one warning for the table (XG0118), which is then not filed.
    /// </summary>
    public static void UnreadRows(Release release, Func<IReadOnlyList<ReleaseTable>, IEnumerable<ReleaseTable>>? files, DiagnosticBag diagnostics)
    {
        var filed = files?.Invoke(release.Tables).ToHashSet();
        foreach (var table in release.Tables.Where(t => t.UnreadRows.Count > 0))
        {
            if (filed is null || filed.Contains(table))
            {
                foreach (var row in table.UnreadRows)
                {
                    diagnostics.Report(Codes.RowValueCount, row.Span, row.Label, row.Figures, row.Expected);
                }
            }
            else
            {
                var first = table.UnreadRows[0];
                diagnostics.Report(Codes.TableRowsUnread, first.Span, table.Title, first.Label, first.Figures, first.Expected, table.UnreadRows.Count);
            }
        }
    }

    public static void Run(Release release, DiagnosticBag diagnostics)
    {
        foreach (var check in All)
        {
            check.Check(release, diagnostics);
        }
    }
}

/// <summary>
/// A release has tables, in English, Japanese or both (XG0114): a bilingual release's two parts are merged by the
/// mapping, and a release in one language is read as it is. An empty release is the reader's finding, not this one's.
/// </summary>
internal sealed class HasTablesCheck : IReleaseCheck
{
    public void Check(Release release, DiagnosticBag diagnostics)
    {
        if (release.Tables.Count == 0 && release.Lines.Any(l => l.Length > 0))
        {
            diagnostics.Report(Codes.LanguageMissing, new SourceSpan(release.File, 1, 1), string.Empty);
        }
    }
}
