using XbrlGen.Diagnostics;
using XbrlGen.Packaging;
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
        if (!InputFiles.IsReadableFile(file, diagnostics))
        {
            return null;
        }

        if (!PackageReader.IsPackage(file))
        {
            var content = ReadReport([file], catalog, options, diagnostics);
            return content is null ? null : new ComparedFiling(file, content);
        }

        var bag = new DiagnosticBag();
        InstanceContent? read = null;
        using (var package = PackageReader.Open(file, new PackageLimits { MaxEntryBytes = Math.Max(new PackageLimits().MaxEntryBytes, options.MaxInstanceBytes) }, bag))
        {
            if (package is not null)
            {
                if (package.Reports is not [var report])
                {
                    bag.Report(Codes.PackageStructure, SourceSpan.ForFile(file), file,
                        package.Reports.Count == 0 ? "it holds no report in reports/" : "it holds more than one report; a comparison takes one report on each side");
                }
                else if ((package.CatalogFile is { } catalogFile ? catalog.WithPackage(package.Top, catalogFile, bag) : catalog) is { } withPackage)
                {
                    read = ReadReport(report, withPackage, options with { AllowedFolders = [.. options.AllowedFolders, package.Top] }, bag);
                    if (read is not null)
                    {
                        Relocate(read.Model, package.Folder, file);
                    }
                }

                package.Relocate(bag);
            }
        }

        diagnostics.AddRange(bag.Items);
        return read is null ? null : new ComparedFiling(file, read);
    }

    private static InstanceContent? ReadReport(IReadOnlyList<string> report, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        if (report.All(InlineXbrlReader.IsXhtml))
        {
            return InlineValidator.Read(report.Select(InlineDocument.FromFile).ToList(), catalog, options, diagnostics);
        }

        if (report[0].EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Validation.Json.JsonReportReader.Read(report[0], catalog, options, diagnostics);
        }

        return InstanceValidator.ReadValues(report[0], catalog, options, diagnostics);
    }

    /// <summary>Makes the facts' places on the package's temporary copies name the package and entry instead.</summary>
    private static void Relocate(InstanceModel model, string from, string to)
    {
        for (var i = 0; i < model.Facts.Count; i++)
        {
            var fact = model.Facts[i];
            if (fact.File.StartsWith(from, StringComparison.Ordinal))
            {
                model.Facts[i] = fact with { File = to + fact.File[from.Length..] };
            }
        }

        model.Resolve();
    }
}
