using XbrlGen.Diagnostics;
using XbrlGen.Validation.Linkbases;

namespace XbrlGen.Validation.Taxonomies;

/// <summary>A discovered and compiled DTS, with the diagnostics its loading produced.</summary>
internal sealed record LoadedDts(Dts Dts, Taxonomy? Taxonomy, Networks? Networks, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The DTS's dimensional relationship sets (XBRL Dimensions 1.0), checked once with the taxonomy.</summary>
    public Dimensions.DimensionalTaxonomy? Dimensions { get; init; }

    /// <summary>
    /// Whether the DTS may serve another run: it compiled, and its discovery reached every document it looked for. What a
    /// failed reference found depends on files that are not among its documents (one may appear), so such a DTS is never
    /// kept; nor one with errors.
    /// </summary>
    public bool Reusable => Taxonomy is not null && Networks is not null
        && !Diagnostics.Any(d => d.IsError || DiscoveryCodes.Contains(d.Code));

    private static readonly HashSet<string> DiscoveryCodes =
        [Codes.XmlRefNotInCatalog.Code, Codes.XmlRefRefused.Code, Codes.XmlRefUnresolved.Code, Codes.XmlTooLarge.Code];

    /// <summary>
    /// Whether this DTS is exactly what discovery would find now: every document's URI resolves, through
    /// <paramref name="resolver"/>, to the same local file, and that file's bytes (read now) have the hash of the bytes
    /// loaded. Discovery follows only what those documents say, so the same documents with the same content give the
    /// same DTS.
    /// </summary>
    public bool Matches(OfflineResolver resolver) =>
        Dts.Documents.All(d => resolver.LocalPath(new Uri(d.Uri)) == d.LocalPath && resolver.Files.Hash(d.LocalPath) == d.Hash);
}

/// <summary>
/// The last few DTSs loaded by the validations that share this cache (its owner, <see cref="ValidationCaches"/>, is
/// made by the caller: one per command run, one per test), so validating many instances of one taxonomy (or one
/// instance again) compiles its schemas and builds its networks once. An entry is found by its entry points (the same
/// paths, the same hints, the same allowed folders) and served only if every one of its documents still resolves to the
/// same file with the same content (SHA-256 of the bytes, read at every lookup: never trusted by time or length). So a
/// hit always names, and holds, the files it was given; a copy of a taxonomy in another folder is another entry. Not
/// persisted: a compiled <see cref="System.Xml.Schema.XmlSchemaSet"/> cannot be serialized, and what could be would
/// still need compiling.
/// </summary>
internal sealed class DtsCache
{
    private const int Capacity = 4;
    private readonly Lock _gate = new();
    private readonly LinkedList<(string Key, LoadedDts Value)> _entries = new();

    // A DTS being loaded, by key: a second run that wants it at the same time (the two sides of a diff of one filing)
    // waits for that load rather than making its own.
    private readonly Dictionary<string, Lazy<LoadedDts>> _loading = new(StringComparer.Ordinal);

    public LoadedDts GetOrLoad(string key, OfflineResolver resolver, Func<LoadedDts> load)
    {
        LoadedDts? candidate = null;
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    candidate = node.Value.Value;
                    break;
                }
            }
        }

        // The files are hashed outside the lock: runs over other DTSs do not wait for it.
        if (candidate is not null && candidate.Matches(resolver))
        {
            lock (_gate)
            {
                Remove(key, candidate);
                _entries.AddFirst((key, candidate));
            }

            return candidate;
        }

        Lazy<LoadedDts> loading;
        bool mine;
        lock (_gate)
        {
            mine = !_loading.TryGetValue(key, out loading!);
            if (mine)
            {
                _loading[key] = loading = new Lazy<LoadedDts>(load, LazyThreadSafetyMode.ExecutionAndPublication);
            }
        }

        LoadedDts loaded;
        try
        {
            loaded = loading.Value;
        }
        finally
        {
            if (mine)
            {
                lock (_gate)
                {
                    _loading.Remove(key);
                }
            }
        }

        if (!mine)
        {
            return loaded;
        }

        lock (_gate)
        {
            if (candidate is not null)
            {
                Remove(key, candidate);
            }

            if (loaded.Reusable)
            {
                _entries.AddFirst((key, loaded));
                while (_entries.Count > Capacity)
                {
                    _entries.RemoveLast();
                }
            }
        }

        return loaded;
    }

    private void Remove(string key, LoadedDts value)
    {
        for (var node = _entries.First; node is not null; node = node.Next)
        {
            if (node.Value.Key == key && ReferenceEquals(node.Value.Value, value))
            {
                _entries.Remove(node);
                return;
            }
        }
    }
}
