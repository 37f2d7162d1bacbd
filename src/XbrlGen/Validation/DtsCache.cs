using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>A discovered and compiled DTS, with the diagnostics its loading produced.</summary>
internal sealed record LoadedDts(Dts Dts, Taxonomy? Taxonomy, Networks? Networks, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The DTS's dimensional relationship sets (XBRL Dimensions 1.0), checked once with the taxonomy.</summary>
    public Dimensions.DimensionalTaxonomy? Dimensions { get; init; }

    /// <summary>Each document's local file as it was when loaded: the DTS is reused only while none of them changes.</summary>
    public IReadOnlyList<(string Path, DateTime Written, long Length)> Files { get; } =
        Dts.Documents.Select(d => (d.LocalPath, InputFiles.LastWriteTimeUtc(d.LocalPath), InputFiles.Length(d.LocalPath))).ToList();

    public bool Fresh => Files.All(f => InputFiles.Exists(f.Path) && InputFiles.LastWriteTimeUtc(f.Path) == f.Written && InputFiles.Length(f.Path) == f.Length);
}

/// <summary>
/// The last few DTSs loaded in this process, so validating many instances of one taxonomy (or one instance again)
/// compiles its schemas and builds its networks once. Entries are dropped when a document changes on disk.
/// </summary>
internal static class DtsCache
{
    private const int Capacity = 4;
    private static readonly Lock Gate = new();
    private static readonly LinkedList<(string Key, LoadedDts Value)> Entries = new();

    public static LoadedDts GetOrLoad(string key, Func<LoadedDts> load)
    {
        lock (Gate)
        {
            for (var node = Entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    Entries.Remove(node);
                    if (node.Value.Value.Fresh)
                    {
                        Entries.AddFirst(node);
                        return node.Value.Value;
                    }

                    break;
                }
            }
        }

        var loaded = load();
        lock (Gate)
        {
            Entries.AddFirst((key, loaded));
            while (Entries.Count > Capacity)
            {
                Entries.RemoveLast();
            }
        }

        return loaded;
    }
}
