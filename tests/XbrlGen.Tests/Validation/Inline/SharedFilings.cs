namespace XbrlGen.Tests.Validation.Inline;

/// <summary>The corpus of filings others made, found beside the repository in <c>shared/filings/</c> (see its README); null when absent.</summary>
internal static class SharedFilings
{
    public static string? Root { get; } = Find();

    public const string AbsentMessage = "the corpus of filings (shared/filings/ beside the repository) is not present";

    public static string Path(string relative) => System.IO.Path.Combine(Root!, relative);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(TestPaths.Layout.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "filings");
            if (File.Exists(System.IO.Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}
