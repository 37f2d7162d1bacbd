using System.Security.Cryptography;
using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

/// <summary>A discovered and compiled DTS, with the diagnostics its loading produced.</summary>
internal sealed record LoadedDts(Dts Dts, Taxonomy? Taxonomy, Networks? Networks, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The DTS's dimensional relationship sets (XBRL Dimensions 1.0), checked once with the taxonomy.</summary>
    public Dimensions.DimensionalTaxonomy? Dimensions { get; init; }
}

/// <summary>
/// What a validation asks of the cache: the instance's own folder, the folders the resolver may read, and the
/// discovery starts and schema-location hints, as absolute URIs. <see cref="Rebasable"/>: every start and hint that is a
/// local file lies in <see cref="Folder"/>, so the same request made from another folder names the same files relative
/// to it.
/// </summary>
internal sealed record DtsRequest(string Folder, IReadOnlyList<string> Allowed, IReadOnlyList<string> Starts, IReadOnlyList<string> Hints, bool Rebasable);

/// <summary>
/// The last few DTSs loaded in this process, keyed by content: an entry is reused when every one of its documents has,
/// byte for byte (SHA-256), the content it had when loaded. So validating many instances of one taxonomy (or one
/// instance again) compiles its schemas and builds its networks once, and so does validating a copy of a taxonomy in
/// another folder (each <c>generate</c> run stages its extension taxonomy in a new folder): the entry loaded from folder
/// F serves folder G when the discovery starts name the same files relative to each, the documents under F have the
/// same bytes under G, none of them refers to a local file by an absolute reference, and every other document is one
/// of the taxonomy package's. The caller then reads the instance as if it lay in F and moves F's paths in the
/// diagnostics to G (<see cref="Hit.Home"/>). Nothing is ever skipped: the instance itself is always validated.
/// </summary>
internal static class DtsCache
{
    private const int Capacity = 4;
    private static readonly Lock Gate = new();
    private static readonly LinkedList<Entry> Entries = new();

    /// <summary>A loaded DTS and the folder its documents were read from (the request's own folder, or the one it serves as).</summary>
    public sealed record Hit(LoadedDts Loaded, string Home);

    /// <summary>A document as loaded: its bytes' hash, and its file's time and length (a file with the same time and length, at the same path, is not hashed again).</summary>
    private sealed record Stamp(string Path, byte[] Hash, DateTime Written, long Length);

    private sealed record Entry(DtsRequest Request, LoadedDts Loaded, IReadOnlyList<Stamp> Documents, bool Relocatable, bool HasErrors)
    {
        public string RelativeKey => Key(Request, Request.Folder);
    }

    public static Hit GetOrLoad(DtsRequest request, Func<LoadedDts> load)
    {
        List<Entry> candidates;
        lock (Gate)
        {
            candidates = [.. Entries];
        }

        foreach (var entry in candidates)
        {
            if (Reusable(entry, request) is { } home)
            {
                lock (Gate)
                {
                    if (Entries.Find(entry) is { } node)
                    {
                        Entries.Remove(node);
                        Entries.AddFirst(node);
                    }
                }

                return new Hit(entry.Loaded, home);
            }
        }

        var loaded = load();
        var documents = loaded.Dts.Documents.Select(d => Stamped(d.LocalPath)).ToList();
        if (documents.All(d => d is not null))
        {
            var added = new Entry(request, loaded, documents!, Relocatable(loaded.Dts, request.Folder), loaded.Diagnostics.Any(d => d.IsError));
            lock (Gate)
            {
                Entries.AddFirst(added);
                while (Entries.Count > Capacity)
                {
                    Entries.RemoveLast();
                }
            }
        }

        return new Hit(loaded, request.Folder);
    }

    /// <summary>The folder the entry serves the request as (its own), or null when it cannot serve it.</summary>
    private static string? Reusable(Entry entry, DtsRequest request)
    {
        // The same starts: the same files, if they still hold the same bytes and the request may read them all. A
        // request with other folders gets the entry only if loading it refused nothing (it reported no error).
        if (Key(entry.Request, null) == Key(request, null)
            && (entry.Request.Allowed.SequenceEqual(request.Allowed) || !entry.HasErrors)
            && entry.Documents.All(d => Permitted(d.Path, request.Allowed) && Same(d.Path, d)))
        {
            return request.Folder;
        }

        // The same starts relative to another folder: the entry's documents there must be copies of them.
        var (from, to) = (Dir(entry.Request.Folder), Dir(request.Folder));
        if (request.Rebasable && entry.Relocatable && from != to && entry.RelativeKey == Key(request, request.Folder)
            && entry.Request.Allowed.Where(a => Dir(a) != from).SequenceEqual(request.Allowed.Where(a => Dir(a) != to))
            && entry.Documents.All(d => Same(d.Path.StartsWith(from, StringComparison.Ordinal) ? to + d.Path[from.Length..] : d.Path, d)))
        {
            return entry.Request.Folder;
        }

        return null;
    }

    /// <summary>The request's starts and hints, with its own folder written as a placeholder when <paramref name="folder"/> is given.</summary>
    private static string Key(DtsRequest request, string? folder)
    {
        var prefix = folder is null ? null : new Uri(Dir(folder)).AbsoluteUri;
        string Relative(string uri) => prefix is not null && uri.StartsWith(prefix, StringComparison.Ordinal) ? "{here}/" + uri[prefix.Length..] : uri;
        return string.Join("\n", [.. request.Starts.Select(Relative), "hints", .. request.Hints.Select(Relative)]);
    }

    /// <summary>Whether the DTS can be read from a copy of <paramref name="folder"/>: its local documents all lie there and refer to nothing by an absolute local reference.</summary>
    private static bool Relocatable(Dts dts, string folder)
    {
        var dir = Dir(folder);
        foreach (var document in dts.Documents.Where(d => new Uri(d.Uri).IsFile))
        {
            if (!document.LocalPath.StartsWith(dir, StringComparison.Ordinal)
                || document.Xml.Descendants().Attributes().Any(a => AbsoluteLocal(a.Value)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AbsoluteLocal(string value)
    {
        var v = value.Trim();
        return v.StartsWith('/') || v.StartsWith('\\') || v.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || (v.Length > 1 && v[1] == ':' && char.IsAsciiLetter(v[0]));
    }

    private static bool Permitted(string path, IReadOnlyList<string> allowed) =>
        allowed.Any(a => path.StartsWith(Dir(a), StringComparison.Ordinal));

    /// <summary>Whether the file at <paramref name="path"/> holds the bytes <paramref name="stamp"/> was taken of: untouched at the same path, or the same hash.</summary>
    private static bool Same(string path, Stamp stamp)
    {
        try
        {
            if (!InputFiles.Exists(path))
            {
                return false;
            }

            if (path == stamp.Path && InputFiles.LastWriteTimeUtc(path) == stamp.Written && InputFiles.Length(path) == stamp.Length)
            {
                return true;
            }

            using var stream = InputFiles.OpenRead(path);
            return SHA256.HashData(stream).AsSpan().SequenceEqual(stamp.Hash);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Stamp? Stamped(string path)
    {
        try
        {
            if (!InputFiles.Exists(path))
            {
                return null;
            }

            var (written, length) = (InputFiles.LastWriteTimeUtc(path), InputFiles.Length(path));
            using var stream = InputFiles.OpenRead(path);
            return new Stamp(path, SHA256.HashData(stream), written, length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Dir(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
}
