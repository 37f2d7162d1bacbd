namespace XbrlGen.Pipeline;

/// <summary>
/// Where XbrlGen's own files are: the taxonomy package and the company mappings. Found by walking up from the working
/// directory, then from the program's folder; <c>XBRLGEN_HOME</c> names it outright.
/// </summary>
public sealed record ProjectLayout(string Root)
{
    public string Taxonomy => Path.Combine(Root, "taxonomy");

    public string Mappings => Path.Combine(Root, "mappings");

    public string Output => Path.Combine(Root, "output");

    public const string DefaultCompany = "iij";

    public string DefaultMapping => Path.Combine(Mappings, DefaultCompany);

    /// <summary>The release bundled with the default company's mapping.</summary>
    public string DefaultRelease => Path.Combine(DefaultMapping, "releases", "iij-1q03.txt");

    public static ProjectLayout? Find()
    {
        var home = Environment.GetEnvironmentVariable("XBRLGEN_HOME");
        if (!string.IsNullOrEmpty(home) && IsRoot(home))
        {
            return new ProjectLayout(Path.GetFullPath(home));
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (IsRoot(dir.FullName))
                {
                    return new ProjectLayout(dir.FullName);
                }
            }
        }

        return null;
    }

    private static bool IsRoot(string dir) =>
        File.Exists(Path.Combine(dir, "taxonomy", "META-INF", "catalog.xml")) && Directory.Exists(Path.Combine(dir, "mappings"));
}
