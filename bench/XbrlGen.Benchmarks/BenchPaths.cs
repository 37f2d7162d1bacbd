using XbrlGen.Pipeline;

namespace XbrlGen.Benchmarks;

/// <summary>Where the repository's files are, and where the benchmarks put what they generate (git-ignored).</summary>
public static class BenchPaths
{
    private static readonly Lazy<ProjectLayout> LazyLayout = new(() =>
        ProjectLayout.Find() ?? throw new InvalidOperationException("run from inside the XbrlGen repository (or set XBRLGEN_HOME)"));

    public static ProjectLayout Layout => LazyLayout.Value;

    /// <summary><c>bench/XbrlGen.Benchmarks/artifacts</c>: synthetic inputs, outputs and results; never committed.</summary>
    public static string Artifacts
    {
        get
        {
            var dir = Path.Combine(Layout.Root, "bench", "XbrlGen.Benchmarks", "artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public static string Data(string name) => Path.Combine(Artifacts, "data", name);

    public static string Scratch(string name) => Path.Combine(Artifacts, "scratch", name);

#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>A built program of this repository: <c>src/XbrlGen.Cli</c> or <c>bench/XbrlGen.Noop</c>.</summary>
    public static string Program(string projectFolder, string assembly) =>
        Path.Combine(Layout.Root, projectFolder, "bin", Configuration, "net10.0", assembly + ".dll");

    public static string Cli => Program(Path.Combine("src", "XbrlGen.Cli"), "XbrlGen.Cli");

    public static string Noop => Program(Path.Combine("bench", "XbrlGen.Noop"), "XbrlGen.Noop");

    /// <summary>The trivial console's own executable (its app host), started the way an installed tool is.</summary>
    public static string NoopHost => Path.ChangeExtension(Noop, OperatingSystem.IsWindows() ? ".exe" : null);
}
