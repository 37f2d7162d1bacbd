using System.Net;
using System.Xml;

namespace XbrlGen.Xbrl;

/// <summary>
/// An <see cref="XmlResolver"/> for schema imports that never touches the network: official URLs go through the
/// catalog. Local files are followed wherever they lie on disk when <paramref name="followLocalFiles"/> is set (a
/// taxonomy laid out on disk references <c>../../lib/base/primary.xsd</c>, and Arelle follows it), except that a
/// document inside a package reaches nothing outside the package; otherwise only files inside the taxonomy package
/// and the folders the caller allows are read.
/// </summary>
public sealed class OfflineResolver(TaxonomyCatalog catalog, IReadOnlyList<string> allowedFolders, bool followLocalFiles = false) : XmlResolver
{
    private readonly IReadOnlyList<string> _allowed = [.. catalog.Roots, .. allowedFolders.Select(f => Path.GetFullPath(f))];

    /// <summary>The folders local files may be read from: the taxonomy package and those the caller allows.</summary>
    public IReadOnlyList<string> AllowedFolders => _allowed;

    /// <summary>Whether local files outside the allowed folders are followed (never into or out of a package).</summary>
    public bool FollowsLocalFiles => followLocalFiles;

    public override ICredentials Credentials
    {
        set { }
    }

    public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
    {
        relativeUri ??= string.Empty;
        if (Uri.TryCreate(relativeUri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return catalog.Canonical(absolute);
        }

        if (baseUri is { IsAbsoluteUri: true, Scheme: "http" or "https" })
        {
            return catalog.Canonical(new Uri(baseUri, relativeUri));
        }

        return base.ResolveUri(baseUri, relativeUri);
    }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        var local = LocalPath(absoluteUri) ?? throw new XmlException(absoluteUri.Scheme is "http" or "https"
            ? $"reference '{absoluteUri}' is in no catalog and is never fetched (no network access); give the taxonomy package that publishes '{TaxonomyCatalog.Publisher(absoluteUri)}' with --package FILE"
            : $"reference '{absoluteUri}' leads outside the package or the allowed folders (no network access)");
        return catalog.Files.OpenRead(local);
    }

    /// <summary>The documents references are read from (the catalog's).</summary>
    public FileSet Files => catalog.Files;

    /// <summary>The one spelling of an official URL (see <see cref="TaxonomyCatalog.Canonical"/>).</summary>
    public Uri Canonical(Uri url) => catalog.Canonical(url);

    /// <summary>The local file a reference stands for, or null if it must be refused.</summary>
    public string? LocalPath(Uri absoluteUri)
    {
        if (absoluteUri.Scheme is "http" or "https")
        {
            return catalog.Resolve(absoluteUri.GetLeftPart(UriPartial.Path));
        }

        if (absoluteUri.IsFile)
        {
            var path = Path.GetFullPath(absoluteUri.LocalPath);
            if (_allowed.Any(a => path.StartsWith(a.EndsWith(Path.DirectorySeparatorChar) ? a : a + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                return path;
            }

            return followLocalFiles && !catalog.Files.InPackage(path) ? path : null;
        }

        return null;
    }
}
