using System.Collections.Concurrent;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// The validator's only way to reach a file's bytes. Files on disk, and the entries of packages read in place: a package's
/// checked entries are mounted in memory under a folder path that exists nowhere on disk (<see cref="Mount"/>), so
/// everything that resolves, loads or streams a document treats them as files, and nothing is extracted.
/// </summary>
public static class InputFiles
{
    private static readonly ConcurrentDictionary<string, byte[]> Mounted = new(StringComparer.Ordinal);

    /// <summary>The roots of mounted packages (with a trailing separator): references from inside one stay inside it.</summary>
    private static readonly ConcurrentDictionary<string, byte> PackageRoots = new(StringComparer.Ordinal);

    /// <summary>The time reported for mounted entries: they never change while mounted.</summary>
    private static readonly DateTime MountedTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Makes the entries readable under <paramref name="root"/> (an absolute path that is not on disk) until disposed.
    /// A <paramref name="package"/>'s root confines references: a document inside it reaches no file outside it.
    /// </summary>
    public static IDisposable Mount(string root, IEnumerable<(string RelativePath, byte[] Bytes)> entries, bool package = false)
    {
        var paths = new List<string>();
        string? packageRoot = null;
        if (package)
        {
            packageRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
            PackageRoots[packageRoot] = 0;
        }

        foreach (var (relative, bytes) in entries)
        {
            var path = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
            Mounted[path] = bytes;
            paths.Add(path);
        }

        return new Unmount(paths, packageRoot);
    }

    /// <summary>Whether the path lies inside a mounted package, where references are confined to the package.</summary>
    public static bool InPackage(string path)
    {
        var full = Path.GetFullPath(path);
        return PackageRoots.Keys.Any(root => full.StartsWith(root, StringComparison.Ordinal));
    }

    public static bool Exists(string path) => Mounted.ContainsKey(Path.GetFullPath(path)) || File.Exists(path);

    /// <summary>Whether a file named on the command line is there to read; a folder, or nothing, is reported.</summary>
    public static bool IsReadableFile(string file, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(file))
        {
            diagnostics.Report(Codes.InputIsDirectory, SourceSpan.ForFile(file), file);
            return false;
        }

        if (!File.Exists(file))
        {
            diagnostics.Report(Codes.FileNotFound, SourceSpan.ForFile(file), file, "no such file");
            return false;
        }

        return true;
    }

    public static Stream OpenRead(string path) =>
        Mounted.TryGetValue(Path.GetFullPath(path), out var bytes) ? new MemoryStream(bytes, writable: false) : File.OpenRead(path);

    /// <summary>The size in bytes; throws <see cref="FileNotFoundException"/> like <see cref="FileInfo.Length"/> if there is no such file.</summary>
    public static long Length(string path) =>
        Mounted.TryGetValue(Path.GetFullPath(path), out var bytes) ? bytes.LongLength : new FileInfo(path).Length;

    public static DateTime LastWriteTimeUtc(string path) =>
        Mounted.ContainsKey(Path.GetFullPath(path)) ? MountedTime : File.GetLastWriteTimeUtc(path);

    private sealed class Unmount(List<string> paths, string? packageRoot) : IDisposable
    {
        public void Dispose()
        {
            if (packageRoot is not null)
            {
                PackageRoots.TryRemove(packageRoot, out _);
            }

            foreach (var path in paths)
            {
                Mounted.TryRemove(path, out _);
            }
        }
    }
}
