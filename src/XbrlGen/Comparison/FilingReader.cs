using XbrlGen.Diagnostics;
using XbrlGen.Packaging;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;
using XbrlGen.Xbrl;

namespace XbrlGen.Comparison;

/// <summary>
/// Reads any filing for comparison into the validator's one instance model: an xBRL-XML instance, an Inline XBRL page
/// (a document set of one page), a report package (<c>.xbr</c>, <c>.xbri</c>, <c>.zip</c>) holding one report, or an
/// xBRL-JSON report. It reads; it does not check the XBRL rules (<c>validate</c> does). Places in a package name the
/// package and its entry.
/// </summary>
public static class FilingReader
{
    public static ComparedFiling? Read(string file, TaxonomyCatalog catalog, DiagnosticBag diagnostics, ValidationOptions? options = null)
    {
        options ??= new ValidationOptions();
        if (!FileSet.IsReadableFile(file, diagnostics))
        {
            return null;
        }

        if (!DocumentSniff.IsPackageName(file))
        {
            var content = ReadReport([file], catalog, options, diagnostics);
            return content is null ? null : new ComparedFiling(file, content);
        }

        var bag = new DiagnosticBag();
        InstanceContent? read = null;
        var package = PackageReader.Open(file, new PackageLimits { MaxEntryBytes = Math.Max(new PackageLimits().MaxEntryBytes, options.MaxInstanceBytes) }, bag);
        if (package is not null)
        {
            if (package.Reports is not [var report])
            {
                bag.Report(Codes.PackageStructure, SourceSpan.ForFile(file), file,
                    package.Reports.Count == 0 ? "it holds no report in reports/" : "it holds more than one report; a comparison takes one report on each side");
            }
            else if (package.AddTo(catalog, bag) is { } withPackage)
            {
                read = ReadReport(report, withPackage, options with { AllowedFolders = [.. options.AllowedFolders, package.Top] }, bag);
            }
        }

        diagnostics.AddRange(bag.Items);
        return read is null ? null : new ComparedFiling(file, read);
    }

    private static InstanceContent? ReadReport(IReadOnlyList<string> report, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var sources = report.Select(catalog.Files.Source).ToList();
        var kinds = sources.Select(DocumentSniff.KindOf).ToList();
        if (kinds.All(k => k == DocumentKind.InlinePage))
        {
            return InlineValidator.Read(sources.Select(InlineDocument.From).ToList(), catalog, options, diagnostics);
        }

        if (kinds[0] == DocumentKind.Json)
        {
            return Validation.Json.JsonReportReader.Read(sources[0], catalog, options, diagnostics);
        }

        return InstanceValidator.ReadValues(sources[0], catalog, options, diagnostics);
    }
}
