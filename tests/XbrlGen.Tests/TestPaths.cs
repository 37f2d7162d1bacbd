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

    /// <summary>A copy of the bundled mapping folder (without its releases) with edits applied, keyed by file name.</summary>
    public static string MappingWith(params (string File, Func<string, string> Edit)[] edits)
    {
        var dir = Path.Combine(TempDir(), "mapping");
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(Mapping))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        foreach (var (file, edit) in edits)
        {
            var path = Path.Combine(dir, file);
            var before = File.ReadAllText(path);
            var after = edit(before);
            if (after == before)
            {
                throw new InvalidOperationException($"the edit of {file} changed nothing");
            }

            File.WriteAllText(path, after);
        }

        return dir;
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in a file.</summary>
    public static int LineOf(string path, string text)
    {
        var all = File.ReadAllText(path);
        var at = all.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{text}' is not in {path}");
        }

        return all[..at].Count(c => c == '\n') + 1;
    }

    public static GenerateOptions Options(string? release = null, string? output = null, string? mapping = null) =>
        new(release ?? Release, mapping ?? Mapping, output ?? Path.Combine(TempDir(), "out"), Layout.Taxonomy);

    /// <summary>A copy of the bundled mapping whose company template <paramref name="file"/> is the built-in one edited.</summary>
    public static string MappingWithTemplate(string file, Func<string, string> edit)
    {
        using var stream = typeof(Generator).Assembly.GetManifestResourceStream(
            typeof(Generator).Assembly.GetManifestResourceNames().Single(n => n.EndsWith(file, StringComparison.Ordinal)))!;
        var template = new StreamReader(stream).ReadToEnd();
        var edited = edit(template);
        if (edited == template)
        {
            throw new InvalidOperationException($"the edit of {file} changed nothing");
        }

        var mapping = MappingWith();
        Directory.CreateDirectory(Path.Combine(mapping, "templates"));
        File.WriteAllText(Path.Combine(mapping, "templates", file), edited);
        return mapping;
    }
}
