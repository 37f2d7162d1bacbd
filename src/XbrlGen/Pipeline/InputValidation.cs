using XbrlGen.Diagnostics;
using XbrlGen.Packaging;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Json;
using XbrlGen.Validation.Taxonomies;
using XbrlGen.Validation;
using XbrlGen.Xbrl;

namespace XbrlGen.Pipeline;

/// <summary>What <c>validate</c> is given besides its inputs: the taxonomy folder, taxonomy packages and how strictly to validate.</summary>
public sealed record ValidateOptions(string Taxonomy)
{
    /// <summary>Taxonomy packages whose catalogs resolve the taxonomy's URLs (<c>--package</c>).</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>How strict validation is; its caches are shared by every input of the run.</summary>
    public ValidationOptions Validation { get; init; } = new();
}

/// <summary>The verdict on one input: a file, or the Inline XBRL pages named together (one document set).</summary>
public sealed record InputVerdict(string Name, IReadOnlyList<Diagnostic> Diagnostics, InstanceCounts? Counts)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public bool Valid => Errors == 0;

    /// <summary>0 valid, 1 invalid, 2 not validated (unreadable).</summary>
    public int ExitCode => Diagnostic.ExitCode(Diagnostics);
}

/// <summary>
/// What <c>validate</c> found: a verdict per input, or, when the taxonomy folder or a taxonomy package cannot be read,
/// no verdict and the <see cref="Setup"/> diagnostics that say why.
/// </summary>
public sealed record ValidateResult(IReadOnlyList<Diagnostic> Setup, IReadOnlyList<InputVerdict> Inputs)
{
    /// <summary>Whether the taxonomy and packages were read, and so the inputs validated.</summary>
    public bool Validated { get; init; } = true;

    public int ExitCode => !Validated ? 2 : Inputs.Select(i => i.ExitCode).DefaultIfEmpty(0).Max();
}

/// <summary>
/// What <c>validate</c> does (<see cref="Validate(IReadOnlyList{string}, ValidateOptions)"/>): it reads the taxonomy
/// and the taxonomy packages given with <c>--package</c> (<see cref="WithTaxonomyPackages"/>), decides each input's kind
/// once (<see cref="DocumentSniff.KindOf(string)"/>), and validates it: an instance, schema or linkbase as it is; the
/// Inline XBRL pages named together as one document set; an xBRL-JSON report; a report package (<c>.xbr</c>,
/// <c>.xbri</c>, <c>.zip</c>), opened safely, each of its reports with the package's own catalog in force.
/// </summary>
public static class InputValidation
{
    /// <summary>
    /// Validates the inputs. A file named twice is validated once. Inline XBRL pages named together form one document
    /// set, validated first, as one target document; every other file alone, in the order given.
    /// </summary>
    public static ValidateResult Validate(IReadOnlyList<string> inputs, ValidateOptions options)
    {
        var setup = new DiagnosticBag();
        var own = TaxonomyCatalog.Load(options.Taxonomy, setup);
        if ((own is null ? null : WithTaxonomyPackages(own, options.Packages, setup)) is not { } catalog)
        {
            return new ValidateResult(setup.Items, []) { Validated = false };
        }

        var files = inputs.DistinctBy(f => Path.GetFullPath(f), StringComparer.Ordinal)
            .Select(f => (File: f, Kind: File.Exists(f) ? DocumentSniff.KindOf(f) : DocumentKind.Other))
            .ToList();
        var pages = files.Where(f => f.Kind == DocumentKind.InlinePage).Select(f => f.File).ToList();
        var verdicts = new List<InputVerdict>();
        if (pages.Count > 0)
        {
            var bag = new DiagnosticBag();
            var counts = InlineValidator.Validate(pages, catalog, options.Validation, bag) is { } target ? InstanceCounts.Of(target.Instance) : null;
            verdicts.Add(new InputVerdict(string.Join(" + ", pages), bag.Items, counts));
        }

        foreach (var (file, kind) in files.Where(f => f.Kind != DocumentKind.InlinePage))
        {
            var bag = new DiagnosticBag();
            var counts = Validate(file, kind, catalog, options.Validation, bag, null);
            verdicts.Add(new InputVerdict(file, bag.Items, counts));
        }

        return new ValidateResult(setup.Items, verdicts);
    }

    /// <summary>Validates one input; returns what its instances hold, summed over a package's reports (null when there is no instance to count).</summary>
    public static InstanceCounts? Validate(string file, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics, PackageLimits? limits = null) =>
        Validate(file, File.Exists(file) ? DocumentSniff.KindOf(file) : DocumentKind.Other, catalog, options, diagnostics, limits);

    private static InstanceCounts? Validate(string file, DocumentKind kind, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics, PackageLimits? limits)
    {
        if (!FileSet.IsReadableFile(file, diagnostics))
        {
            return null;
        }

        switch (kind)
        {
            case DocumentKind.Json:
                return JsonReportValidator.Validate(file, catalog, options, diagnostics) is { } content ? InstanceCounts.Of(content.Model) : null;
            case DocumentKind.InlinePage:
                return InlineValidator.Validate([file], catalog, options, diagnostics) is { } target ? InstanceCounts.Of(target.Instance) : null;
            case DocumentKind.Package:
                break;
            default:
                return InstanceValidator.Validate(file, catalog, options, diagnostics);
        }

        var bag = new DiagnosticBag();
        InstanceCounts? counts = null;
        if (PackageReader.Open(file, limits ?? DefaultLimits(options), bag) is { } package)
        {
            counts = ValidateReports(package, catalog, options, bag);
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
            var kind = DocumentSniff.KindOf(package.Source(report[0]));
            if (kind == DocumentKind.InlinePage)
            {
                if (InlineValidator.Validate(report, withPackage, inPackage, diagnostics) is { } target)
                {
                    counts = (counts ?? InstanceCounts.Zero) + InstanceCounts.Of(target.Instance);
                }
            }
            else if (kind == DocumentKind.Json)
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
