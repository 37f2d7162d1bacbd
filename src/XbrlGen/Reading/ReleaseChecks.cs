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
