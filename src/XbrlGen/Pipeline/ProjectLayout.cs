using XbrlGen.Validation.Taxonomies;
namespace XbrlGen.Pipeline;

/// <summary>
/// Where XbrlGen's own files are: the taxonomy folder and the company mappings, and where <c>generate</c> writes by
/// default. Found, in order: <c>XBRLGEN_HOME</c> if set; the repository, walking up from the working directory (output
/// goes to its <c>output/</c>, as always); the copy installed with the tool, in <c>xbrlgen-home/</c> beside the program;
/// the repository above the program's folder (a build run from elsewhere). Outside the repository, output goes to
/// <c>./output</c> of the working directory, never to the repository's.
/// </summary>
public sealed record ProjectLayout(string Root)
{
    /// <summary>The folder, beside the program, that the installed tool carries its taxonomy, mappings and sample in.</summary>
    public const string InstalledHome = "xbrlgen-home";

    public string Taxonomy => Path.Combine(Root, "taxonomy");

    public string Mappings => Path.Combine(Root, "mappings");

    /// <summary>The default output folder: the repository's <c>output/</c> when run inside it, else <c>./output</c>.</summary>
    public string Output { get; init; } = Path.Combine(Root, "output");

    public const string DefaultCompany = "iij";

    public string DefaultMapping => Path.Combine(Mappings, DefaultCompany);

    /// <summary>The release bundled with the default company's mapping.</summary>
    public string DefaultRelease => Path.Combine(DefaultMapping, "releases", "iij-1q03.txt");

    public static ProjectLayout? Find()
    {
        var here = Directory.GetCurrentDirectory();
        var away = Path.Combine(here, "output");
        var home = Environment.GetEnvironmentVariable("XBRLGEN_HOME");
        if (!string.IsNullOrEmpty(home) && IsRoot(home))
        {
            var root = Path.GetFullPath(home);
            return new ProjectLayout(root) { Output = Within(root, here) ? Path.Combine(root, "output") : away };
        }

        if (WalkUp(here) is { } repository)
        {
            return new ProjectLayout(repository);
        }

        var installed = Path.Combine(AppContext.BaseDirectory, InstalledHome);
        if (IsRoot(installed))
        {
            return new ProjectLayout(installed) { Output = away };
        }

        return WalkUp(AppContext.BaseDirectory) is { } above ? new ProjectLayout(above) { Output = away } : null;
    }

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (IsRoot(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static bool Within(string root, string dir) =>
        (dir + Path.DirectorySeparatorChar).StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsRoot(string dir) =>
        File.Exists(Path.Combine(dir, "taxonomy", "META-INF", "catalog.xml")) && Directory.Exists(Path.Combine(dir, "mappings"));
}
