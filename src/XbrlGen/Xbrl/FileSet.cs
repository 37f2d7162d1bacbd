using System.Collections.Immutable;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// The documents one validation may read: files on disk, and the documents held in memory under folder paths that
/// exist nowhere on disk (a package's entries, read in place; nothing is extracted). Immutable: a validation that needs
/// more (a package's entries, a document made in memory) makes a larger set and passes it down; nothing is shared
/// between runs but what each is given. Everything that resolves, loads or streams a document reads it through the set
/// (the <see cref="TaxonomyCatalog"/> carries it), so a held document is read as a file would be.
/// </summary>
public sealed class FileSet
{
    private readonly ImmutableDictionary<string, DocumentSource> _held;

    /// <summary>The roots of packages (with a trailing separator): references from inside one stay inside it.</summary>
    private readonly ImmutableList<string> _packageRoots;

    /// <summary>The time reported for held documents: they never change.</summary>
    private static readonly DateTime HeldTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private FileSet(ImmutableDictionary<string, DocumentSource> held, ImmutableList<string> packageRoots)
    {
        _held = held;
        _packageRoots = packageRoots;
    }

    /// <summary>Files on disk, and nothing else.</summary>
    public static FileSet Disk { get; } = new(ImmutableDictionary.Create<string, DocumentSource>(StringComparer.Ordinal), []);

    /// <summary>This set and a package's entries, held under <paramref name="root"/> (a folder that is not on disk); a document inside it reaches no file outside it.</summary>
    public FileSet WithPackage(string root, IEnumerable<DocumentSource.PackageEntry> entries)
    {
        var packageRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return new(_held.SetItems(entries.Select(e => KeyValuePair.Create(e.FullPath, (DocumentSource)e))), _packageRoots.Add(packageRoot));
    }

    /// <summary>This set and one document made in memory.</summary>
    public FileSet With(DocumentSource.InMemory document) => new(_held.SetItem(document.FullPath, document), _packageRoots);

    /// <summary>The documents of both sets.</summary>
    public FileSet With(FileSet other) =>
        ReferenceEquals(other, this) || other._held.IsEmpty ? this
        : _held.IsEmpty ? other
        : new(_held.SetItems(other._held), [.. _packageRoots.Union(other._packageRoots, StringComparer.Ordinal)]);

    /// <summary>The document at a path: the one held there, or the file on disk.</summary>
    public DocumentSource Source(string path) => _held.TryGetValue(Path.GetFullPath(path), out var held) ? held with { Path = path } : DocumentSource.File(path);

    /// <summary>Whether the path lies inside a package, where references are confined to the package.</summary>
    public bool InPackage(string path)
    {
        if (_packageRoots.IsEmpty)
        {
            return false;
        }

        var full = Path.GetFullPath(path);
        return _packageRoots.Any(root => full.StartsWith(root, StringComparison.Ordinal));
    }

    public bool Exists(string path) => (!_held.IsEmpty && _held.ContainsKey(Path.GetFullPath(path))) || File.Exists(path);

    public Stream OpenRead(string path) => Source(path).Open();

    /// <summary>The size in bytes; throws <see cref="FileNotFoundException"/> like <see cref="FileInfo.Length"/> if there is no such file.</summary>
    public long Length(string path) => Source(path).Length;

    public DateTime LastWriteTimeUtc(string path) =>
        !_held.IsEmpty && _held.ContainsKey(Path.GetFullPath(path)) ? HeldTime : File.GetLastWriteTimeUtc(path);

    /// <summary>The SHA-256 of a document's bytes as they are now; null if it cannot be read.</summary>
    public ContentHash? Hash(string path)
    {
        try
        {
            using var stream = OpenRead(path);
            return ContentHash.Of(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

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
}
