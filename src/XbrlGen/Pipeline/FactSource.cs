using XbrlGen.Diagnostics;
using XbrlGen.Packaging;
using XbrlGen.Validation;
using XbrlGen.Validation.Inline;

namespace XbrlGen.Pipeline;

/// <summary>The facts of any input <c>xbrlgen facts</c> takes: instances, Inline XBRL pages or sets, report packages and filing archives.</summary>
public static class FactSource
{
    /// <summary>
    /// The facts of the files named: Inline XBRL pages named together are one document set; every other file is an
    /// instance. Null (reported) when one cannot be read.
    /// </summary>
    public static IReadOnlyList<ListedFact>? Read(IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        var all = new List<ListedFact>();
        var failed = false;
        foreach (var missing in files.Where(f => !File.Exists(f)))
        {
            diagnostics.Report(Codes.FileNotFound, SourceSpan.ForFile(missing), missing, "no such file");
            failed = true;
        }

        if (failed)
        {
            return null;
        }

        var pages = files.Where(f => DocumentSniff.KindOf(f) == DocumentKind.InlinePage).ToList();
        if (pages.Count > 0)
        {
            var facts = FactListing.FromInline(pages.Select(InlineDocument.FromFile).ToList(), diagnostics);
            failed |= facts is null;
            all.AddRange(facts ?? []);
        }

        foreach (var file in files.Where(f => !pages.Contains(f)))
        {
            var facts = DocumentSniff.IsPackageName(file) ? FromPackage(file, diagnostics) : FactListing.FromInstance(file, () => File.OpenRead(file), diagnostics);
            failed |= facts is null;
            all.AddRange(facts ?? []);
        }

        return failed ? null : all;
    }

    /// <summary>
    /// The facts of every report of a report package or filing archive (<see cref="FilingArchive"/>), opened within the
    /// package limits; files are named <c>package.zip/entry</c>.
    /// </summary>
    public static IReadOnlyList<ListedFact>? FromPackage(string file, DiagnosticBag diagnostics)
    {
        var bag = new DiagnosticBag();
        var all = new List<ListedFact>();
        var failed = false;
        var package = PackageReader.Open(file, new PackageLimits(), bag);
        if (package is null)
        {
            failed = true;
        }
        else
        {
            var reports = FilingArchive.Reports(package, bag);
            if (reports.Count == 0)
            {
                bag.Report(Codes.ArchiveNoReport, SourceSpan.ForFile(file), file);
                failed = true;
            }

            foreach (var report in reports)
            {
                var facts = DocumentSniff.KindOf(package.Source(report[0])) == DocumentKind.InlinePage
                    ? FactListing.FromInline(report.Select(p => InlineDocument.From(package.Source(p))).ToList(), bag)
                    : FactListing.FromInstance(report[0], package.Source(report[0]).Open, bag);
                failed |= facts is null;
                all.AddRange(facts ?? []);
            }
        }

        diagnostics.AddRange(bag.Items);
        return failed ? null : all;
    }
}
