using XbrlGen.Diagnostics;
using XbrlGen.Packaging;
using XbrlGen.Validation;
using XbrlGen.Xbrl;
using XbrlGen.Validation.Json;

namespace XbrlGen.Pipeline;

/// <summary>
/// What <c>validate</c> does with one input: an instance, schema or linkbase is validated as it is; a report package
/// (<c>.xbr</c>, <c>.xbri</c>, <c>.zip</c>) is opened safely and each of its reports validated with the package's own
/// catalog in force (an Inline XBRL report's pages as one document set). Taxonomy packages given with
/// <c>--package</c> add their catalogs first (<see cref="WithTaxonomyPackages"/>).
/// </summary>
public static class InputValidation
{
    /// <summary>Validates one input; returns what its instances hold, summed over a package's reports (null when there is no instance to count).</summary>
    public static InstanceCounts? Validate(string file, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics, PackageLimits? limits = null)
    {
        if (!FileSet.IsReadableFile(file, diagnostics))
        {
            return null;
        }

        if (JsonReportReader.IsJson(file))
        {
            return JsonReportValidator.Validate(file, catalog, options, diagnostics) is { } content ? InstanceCounts.Of(content.Model) : null;
        }

        if (!PackageReader.IsPackage(file))
        {
            return InstanceValidator.Validate(file, catalog, options, diagnostics);
        }

        var bag = new DiagnosticBag();
        InstanceCounts? counts = null;
        if (PackageReader.Open(file, limits ?? DefaultLimits(options), bag) is { } package)
        {
            counts = ValidateReports(package, catalog, options, bag);
            package.Relocate(bag);
        }

        diagnostics.AddRange(bag.Items);
        return counts;
    }

    private static InstanceCounts? ValidateReports(OpenedPackage package, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var reports = FilingArchive.Reports(package, diagnostics); // reports/, or a filing archive's (issue 23)
        if (reports.Count == 0)
        {
            diagnostics.Report(Codes.PackageStructure, SourceSpan.ForFile(package.Package), package.Package,
                package.DocumentType is null ? "it holds no report in reports/; a taxonomy package is given with --package FILE" : "it holds no report in reports/");
            return null;
        }

        if (package.DocumentType is { } type && type != PackageWriter.UnconstrainedDocumentType
            && PackageWriter.ReportShapeProblem(type == PackageWriter.XbriDocumentType ? ReportPackageKind.Xbri : ReportPackageKind.Xbr, package.Entries) is { } problem)
        {
            diagnostics.Report(Codes.PackageStructure, SourceSpan.ForFile(package.Package), package.Package, problem);
            return null;
        }

        var withPackage = package.AddTo(catalog, diagnostics);
        if (withPackage is null)
        {
            return null;
        }

        var inPackage = options with { AllowedFolders = [.. options.AllowedFolders, package.Top] };
        InstanceCounts? counts = null;
        foreach (var report in reports)
        {
            if (PackageWriter.IsInline(report[0]))
            {
                if (InlineValidator.Validate(report, withPackage, inPackage, diagnostics) is { } target)
                {
                    counts = (counts ?? InstanceCounts.Zero) + InstanceCounts.Of(target.Instance);
                }
            }
            else if (JsonReportReader.IsJson(package.Source(report[0])))
            {
                if (JsonReportValidator.Validate(report[0], withPackage, inPackage, diagnostics) is { } content)
                {
                    counts = (counts ?? InstanceCounts.Zero) + InstanceCounts.Of(content.Model);
                }
            }
            else
            {
                foreach (var document in report)
                {
                    if (InstanceValidator.Validate(document, withPackage, inPackage, diagnostics) is { } one)
                    {
                        counts = (counts ?? InstanceCounts.Zero) + one;
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// The catalog with each taxonomy package's catalog and entries added; null (reported) if one cannot be opened or has
    /// no <c>META-INF/taxonomyPackage.xml</c> and <c>catalog.xml</c>.
    /// </summary>
    public static TaxonomyCatalog? WithTaxonomyPackages(TaxonomyCatalog catalog, IEnumerable<string> packages, DiagnosticBag diagnostics, PackageLimits? limits = null)
    {
        foreach (var file in packages)
        {
            var bag = new DiagnosticBag();
            var package = File.Exists(file) ? PackageReader.Open(file, limits ?? new PackageLimits(), bag) : null;
            if (!File.Exists(file))
            {
                bag.Report(Codes.FileNotFound, SourceSpan.ForFile(file), file, "no such file");
            }
            else if (package is not null && (package.CatalogFile is null || !package.Has("META-INF/taxonomyPackage.xml")))
            {
                bag.Report(Codes.PackageStructure, SourceSpan.ForFile(file), file, "a taxonomy package has META-INF/taxonomyPackage.xml and META-INF/catalog.xml in its top folder");
            }
            else if (package is not null)
            {
                catalog = package.AddTo(catalog, bag) ?? catalog;
            }

            package?.Relocate(bag);
            diagnostics.AddRange(bag.Items);
            if (bag.HasErrors)
            {
                return null;
            }
        }

        return catalog;
    }

    private static PackageLimits DefaultLimits(ValidationOptions options) =>
        new() { MaxEntryBytes = Math.Max(new PackageLimits().MaxEntryBytes, options.MaxInstanceBytes) };
}
