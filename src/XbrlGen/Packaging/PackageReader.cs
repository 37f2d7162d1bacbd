using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using XbrlGen.Diagnostics;
using XbrlGen.Validation;

namespace XbrlGen.Packaging;

/// <summary>Bounds on a package read: entries, each entry's size, the total, and how far an entry may inflate.</summary>
public sealed record PackageLimits
{
    public int MaxEntries { get; init; } = 10_000;

    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    public long MaxTotalBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The largest uncompressed-to-compressed ratio of an entry over <see cref="RatioFloorBytes"/> (XML deflates 10 to 30 times).</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this are not held to the ratio: a tiny, repetitive file can inflate far without harm.</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;
}

/// <summary>
/// A taxonomy or report package opened for reading, in place: its entries, checked against the limits and for paths
/// that would lead outside it, are held in memory (<see cref="Files"/>) under the package file's own path, as if it
/// were a folder: <c>package.xbr/top/reports/file.xbrl</c> (no folder can be there, the package file is); nothing is
/// extracted. A validation reads them when it is given <see cref="Files"/> (a catalog with them,
/// <see cref="TaxonomyCatalog.WithFiles"/>). Each entry's path is its identity, and what its diagnostics name: no
/// diagnostic needs to be rewritten to name the package.
/// </summary>
public sealed class OpenedPackage
{
    internal OpenedPackage(string package, string folder, string top, string? documentType, IReadOnlyList<string> entries, FileSet files)
    {
        Package = package;
        Folder = folder;
        Top = top;
        DocumentType = documentType;
        Entries = entries;
        Files = files;
    }

    /// <summary>The package file, as given.</summary>
    public string Package { get; }

    /// <summary>The path the entries are held under: the package file's full path (no folder on disk can be there).</summary>
    public string Folder { get; }

    /// <summary>The package's top-level folder inside <see cref="Folder"/> (taxonomy and report packages have one).</summary>
    public string Top { get; }

    /// <summary>The <c>documentType</c> of <c>META-INF/reportPackage.json</c>, or null if the package has none (a taxonomy package).</summary>
    public string? DocumentType { get; }

    /// <summary>The entries' paths below the top folder, '/'-separated.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The package's entries, and files on disk.</summary>
    public FileSet Files { get; }

    public string? CatalogFile => Files.Exists(Path.Combine(Top, "META-INF", "catalog.xml")) ? Path.Combine(Top, "META-INF", "catalog.xml") : null;

    public bool Has(string entry) => Files.Exists(Local(entry));

    /// <summary>An entry (or, by its local path, any document) as a source to read.</summary>
    public DocumentSource Source(string local) => Files.Source(local);

    /// <summary>
    /// <paramref name="catalog"/> reading the package's entries, with the package's own <c>META-INF/catalog.xml</c> added
    /// if it has one; null (reported) if that cannot be read.
    /// </summary>
    public TaxonomyCatalog? AddTo(TaxonomyCatalog catalog, DiagnosticBag diagnostics)
    {
        var withFiles = catalog.WithFiles(Files);
        return CatalogFile is { } catalogFile ? withFiles.WithPackage(Top, catalogFile, diagnostics) : withFiles;
    }

    /// <summary>
    /// The reports: each report file directly in <c>reports/</c> is one report; the report files of one subfolder of it
    /// are one (an Inline XBRL Document Set). Local paths, in entry order.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Reports =>
        Entries.Where(e => e.StartsWith("reports/", StringComparison.Ordinal) && PackageWriter.IsReportFile(e) && e.Count(c => c == '/') <= 2)
            .GroupBy(e => e.Count(c => c == '/') == 1 ? e : e[..e.LastIndexOf('/')], StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)g.Select(Local).ToList())
            .ToList();

    public string Local(string entry) => Path.Combine(Top, entry.Replace('/', Path.DirectorySeparatorChar));
}

/// <summary>
/// Opens Taxonomy Packages 1.0 and Report Packages 1.0 (<c>.zip</c>, <c>.xbr</c>, <c>.xbri</c>) safely: within
/// <see cref="PackageLimits"/>, no entry whose path is absolute, has a drive letter or climbs with <c>..</c>, one top
/// folder, and a readable <c>META-INF/reportPackage.json</c> whose document type fits the extension.
/// </summary>
public static class PackageReader
{
    public static OpenedPackage? Open(string path, PackageLimits limits, DiagnosticBag diagnostics)
    {
        var span = SourceSpan.ForFile(path);
        try
        {
            if (new FileInfo(path).Length > limits.MaxTotalBytes)
            {
                diagnostics.Report(Codes.PackageLimit, span, path, string.Create(CultureInfo.InvariantCulture, $"the file is over {limits.MaxTotalBytes} bytes"));
                return null;
            }

            using var zip = ZipFile.OpenRead(path);
            if (Check(path, zip, limits, diagnostics) is not { } top)
            {
                return null;
            }

            // The package file's own path, as a folder: none can be on disk there, and the entries' paths name the package.
            var folder = Path.GetFullPath(path);
            var topFolder = Path.Combine(folder, top.Length == 0 ? "package" : top);
            var entries = new List<(string Relative, string Target, byte[] Bytes)>();
            long total = 0;
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var relative = entry.FullName[(top.Length == 0 ? 0 : top.Length + 1)..];
                var target = Path.GetFullPath(Path.Combine(topFolder, relative.Replace('/', Path.DirectorySeparatorChar)));
                if (!target.StartsWith(topFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    diagnostics.Report(Codes.PackageEntryOutside, span, path, entry.FullName);
                    return null;
                }

                // Declared sizes can lie: count what actually inflates.
                using var source = entry.Open();
                var bytes = ReadBounded(source, Math.Min(limits.MaxEntryBytes, limits.MaxTotalBytes - total));
                if (bytes is null)
                {
                    diagnostics.Report(Codes.PackageLimit, span, path, $"entry '{entry.FullName}' inflates beyond the limits");
                    return null;
                }

                total += bytes.LongLength;
                entries.Add((relative, target, bytes));
            }

            var documentType = ReadDocumentType(path, entries.FirstOrDefault(e => e.Relative == "META-INF/reportPackage.json").Bytes, diagnostics, out var ok);
            if (!ok)
            {
                return null;
            }

            if (documentType is not null && Expected(path) is { } expected && documentType != expected)
            {
                diagnostics.Report(Codes.PackageStructure, span, path, $"a {Path.GetExtension(path)} package has documentType '{expected}', not '{documentType}'");
                return null;
            }

            var files = FileSet.Disk.WithPackage(topFolder, entries.Select(e => new DocumentSource.PackageEntry(e.Target, path, e.Relative, e.Bytes)));
            return new OpenedPackage(path, folder, topFolder, documentType, [.. entries.Select(e => e.Relative)], files);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Report(Codes.PackageUnreadable, span, path, ex.Message);
            return null;
        }
    }

    /// <summary>The report package document type an extension requires (<c>.zip</c> may also be a taxonomy package, so none).</summary>
    private static string? Expected(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xbr" => PackageWriter.XbrDocumentType,
        ".xbri" => PackageWriter.XbriDocumentType,
        _ => null,
    };

    /// <summary>Checks every entry's name and declared size; the one top-level folder ("" if META-INF is at the root), or null (reported).</summary>
    private static string? Check(string path, ZipArchive zip, PackageLimits limits, DiagnosticBag diagnostics)
    {
        var span = SourceSpan.ForFile(path);
        if (zip.Entries.Count > limits.MaxEntries)
        {
            diagnostics.Report(Codes.PackageLimit, span, path, string.Create(CultureInfo.InvariantCulture, $"{zip.Entries.Count} entries, over the limit of {limits.MaxEntries}"));
            return null;
        }

        long declared = 0;
        var tops = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            var parts = name.Split('/');
            if (name.Length == 0 || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal)
                || parts.Any(p => p is ".." or "."))
            {
                diagnostics.Report(Codes.PackageEntryOutside, span, path, name);
                return null;
            }

            if (!seen.Add(name))
            {
                diagnostics.Report(Codes.PackageStructure, span, path, $"entry '{name}' is in the package twice");
                return null;
            }

            declared += entry.Length;
            if (entry.Length > limits.MaxEntryBytes || declared > limits.MaxTotalBytes)
            {
                diagnostics.Report(Codes.PackageLimit, span, path, string.Create(CultureInfo.InvariantCulture, $"entry '{name}' is {entry.Length} bytes; entries may be {limits.MaxEntryBytes} bytes, {limits.MaxTotalBytes} in all"));
                return null;
            }

            if (entry.Length > limits.RatioFloorBytes && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                diagnostics.Report(Codes.PackageLimit, span, path, string.Create(CultureInfo.InvariantCulture, $"entry '{name}' inflates {entry.Length / Math.Max(1, entry.CompressedLength)} times, over the limit of {limits.MaxCompressionRatio}"));
                return null;
            }

            if (!name.EndsWith('/'))
            {
                tops.Add(parts.Length == 1 ? string.Empty : parts[0]);
            }
        }

        if (tops.Contains(string.Empty) || tops.Contains("META-INF") || tops.Contains("reports"))
        {
            // META-INF or reports at the root: the package's content has no top folder of its own.
            return string.Empty;
        }

        if (tops.Count != 1)
        {
            diagnostics.Report(Codes.PackageStructure, span, path, "a package holds one top-level folder");
            return null;
        }

        return tops.Single();
    }

    /// <summary>The whole stream, or null if it holds more than <paramref name="max"/> bytes.</summary>
    private static byte[]? ReadBounded(Stream source, long max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? ReadDocumentType(string path, byte[]? json, DiagnosticBag diagnostics, out bool ok)
    {
        ok = true;
        if (json is null)
        {
            if (Expected(path) is not null)
            {
                diagnostics.Report(Codes.PackageStructure, SourceSpan.ForFile(path), path, "a report package has META-INF/reportPackage.json");
                ok = false;
            }

            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("documentInfo", out var info)
                && info.ValueKind == JsonValueKind.Object && info.TryGetProperty("documentType", out var type) && type.ValueKind == JsonValueKind.String)
            {
                return type.GetString();
            }
        }
        catch (JsonException)
        {
        }

        diagnostics.Report(Codes.PackageStructure, SourceSpan.ForFile(path), path, "META-INF/reportPackage.json is not JSON with documentInfo.documentType");
        ok = false;
        return null;
    }
}
