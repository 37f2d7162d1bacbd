using XbrlGen.Pipeline;

namespace XbrlGen.Tests;

/// <summary>The repository's own files, found from the test's working folder.</summary>
internal static class TestPaths
{
    public static ProjectLayout Layout { get; } = ProjectLayout.Find() ?? throw new InvalidOperationException("run the tests from the repository");

    public static string Release => Layout.DefaultRelease;

    public static string Mapping => Layout.DefaultMapping;

    public static string[] ReleaseLines => File.ReadAllText(Release).Split('\n');

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "xbrlgen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A copy of the bundled release with edits applied, written to a temporary file.</summary>
    public static string ReleaseWith(Func<string, string> edit)
    {
        var path = Path.Combine(TempDir(), "release.txt");
        File.WriteAllText(path, edit(File.ReadAllText(Release)));
        return path;
    }

    public static GenerateOptions Options(string? release = null, string? output = null) =>
        new(release ?? Release, Mapping, output ?? Path.Combine(TempDir(), "out"), Layout.Taxonomy);
}
