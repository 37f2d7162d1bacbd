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
        new BothLanguagesCheck(),
    ];

    public static void Run(Release release, DiagnosticBag diagnostics)
    {
        foreach (var check in All)
        {
            check.Check(release, diagnostics);
        }
    }
}

/// <summary>A release has a Japanese part and then an English part: each language has tables (XG0114). An empty release is the reader's finding, not this one's.</summary>
internal sealed class BothLanguagesCheck : IReleaseCheck
{
    public void Check(Release release, DiagnosticBag diagnostics)
    {
        if (release.Tables.Count == 0 && release.Lines.Count == 0)
        {
            return;
        }

        foreach (var language in new[] { Language.Ja, Language.En }.Where(l => !release.Tables.Any(t => t.Language == l)))
        {
            diagnostics.Report(Codes.LanguageMissing, new SourceSpan(release.File, 1, 1), language == Language.Ja ? "Japanese" : "English");
        }
    }
}
