namespace XbrlGen.Packaging;

/// <summary>The kind of an XBRL Report Package, by its extension and <c>documentType</c> (Report Packages 1.0).</summary>
public enum ReportPackageKind
{
    /// <summary><c>.xbr</c>: exactly one xBRL-XML (<c>.xbrl</c>) or xBRL-JSON (<c>.json</c>) report, directly in <c>reports/</c>.</summary>
    Xbr,

    /// <summary><c>.xbri</c>: exactly one Inline XBRL report: one <c>.xhtml</c> file in <c>reports/</c>, or an Inline XBRL Document Set of several in one subfolder of it.</summary>
    Xbri,

    /// <summary><c>.zip</c>: unconstrained.</summary>
    Unconstrained,
}

/// <summary>One file of a package: its path inside the package's top folder ('/'-separated) and the local file it is copied from.</summary>
public sealed record PackageFile(string PathInPackage, string Source);

/// <summary>A URL prefix the package's catalog rewrites to a folder inside it (relative to the top folder, '/'-separated, ending in '/').</summary>
public sealed record CatalogRewrite(string UriStartString, string FolderInPackage);

/// <summary>An entry point of a taxonomy package: a name and the URL of its document.</summary>
public sealed record EntryPoint(string Name, string Url);

/// <summary>What a <c>META-INF/taxonomyPackage.xml</c> says (Taxonomy Packages 1.0).</summary>
public sealed record TaxonomyPackageInfo(
    string Identifier,
    string Name,
    string Description,
    string Version,
    string Publisher,
    string PublicationDate,
    IReadOnlyList<EntryPoint> EntryPoints);

/// <summary>
/// A package to write: the top folder's name, the files under it, and the taxonomy package metadata and catalog that
/// make the URLs of the taxonomies inside resolve to the copies inside.
/// </summary>
public sealed record PackageContent(string TopFolder, IReadOnlyList<PackageFile> Files, TaxonomyPackageInfo Info, IReadOnlyList<CatalogRewrite> Rewrites);
