using XbrlGen.Comparison;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Model;
using XbrlGen.Reading;
using XbrlGen.Rendering;
using XbrlGen.Review;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Taxonomies;
using XbrlGen.Validation;

namespace XbrlGen.Pipeline;

/// <summary>What to generate from what.</summary>
public sealed record GenerateOptions(string Release, string Mapping, string Output, string Taxonomy)
{
    public long MaxInputBytes { get; init; } = ReleaseSource.DefaultMaxBytes;

    /// <summary>Every warning is an error: an unmapped line, copies that disagree, a cross-check that fails. Nothing is written.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Replace a filing of another entity or period that the output folder holds (refused otherwise: XG0605).</summary>
    public bool Replace { get; init; }

    /// <summary>A hook for tests: runs after each output file is written to the staging folder.</summary>
    public Action<string>? AfterFileWritten { get; init; }

    /// <summary>The previous filing (any form <c>diff</c> reads): the release's comparatives are checked against its facts (XG0330).</summary>
    public string? Previous { get; init; }
}

/// <summary>The outcome of a run: exit code (0 clean, 1 validation or consistency errors, 2 unreadable input), diagnostics, and the filing.</summary>
public sealed record GenerateResult(int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, Filing? Filing, IReadOnlyList<RenderedDocument> Documents)
{
    /// <summary>The names of every file the run wrote to the output folder: the documents, then the packages (empty if it wrote nothing).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The review of the release (findings and coverage), when it was read and mapped.</summary>
    public ReviewReport? Review { get; init; }
}

/// <summary>
/// The whole pipeline, one way: release -> line items -> facts -> documents -> diagnostics. Everything is validated
/// in a staging folder before it replaces the output folder, so a failed run leaves the previous output untouched.
/// </summary>
public static class Generator
{
    /// <summary>Diagnostics that mean the figures are inconsistent (exit 1) rather than unreadable (exit 2).</summary>
    public static GenerateResult Run(GenerateOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(options.Taxonomy, diagnostics);
        var (filing, documents, review) = catalog is null ? (null, [], null) : BuildReviewed(options, catalog, diagnostics);
        if (options.WarningsAsErrors)
        {
            diagnostics.EscalateWarnings();
        }

        if (catalog is null || filing is null || diagnostics.HasErrors)
        {
            return Done(diagnostics, filing, documents, review);
        }

        if (!options.Replace && AtomicOutput.FilingIn(options.Output) is { } held && held != filing.BaseName)
        {
            diagnostics.Report(Codes.OutputOtherFiling, SourceSpan.ForFile(options.Output), options.Output, held, filing.BaseName);
            return Done(diagnostics, filing, documents, review);
        }

        using var output = AtomicOutput.Begin(options.Output, diagnostics, options.AfterFileWritten);
        if (output is null || !output.Write(documents, diagnostics)
            || FilingPackages.Write(output.Staging, filing, [.. documents.Select(d => d.FileName)], options.Taxonomy, diagnostics) is not { } packages)
        {
            return Done(diagnostics, filing, documents, review);
        }

        var validation = new DiagnosticBag();
        var validationOptions = new ValidationOptions
        {
            FilerManual = true,
            RequiredLabelLanguages = ["en", "ja"],
        };
        InstanceValidator.Validate(Path.Combine(output.Staging, filing.InstanceFile), catalog, validationOptions, validation);

        // The Inline XBRL pages are one document set: validated together, as their target document.
        var pages = documents.Where(d => d.FileName.EndsWith(".xhtml", StringComparison.Ordinal)).Select(d => Path.Combine(output.Staging, d.FileName)).ToList();
        if (pages.Count > 0)
        {
            InlineValidator.Validate(pages, catalog, validationOptions, validation);
        }
        diagnostics.AddRange(validation.Items);
        if (options.WarningsAsErrors)
        {
            diagnostics.EscalateWarnings();
        }

        if (!diagnostics.HasErrors)
        {
            var committed = output.Commit(diagnostics);
            return Done(diagnostics, filing, documents, review) with { Files = committed ? [.. documents.Select(d => d.FileName), .. packages] : [] };
        }

        // Documents that failed validation are kept beside the output for inspection; their diagnostics name them there.
        if (validation.HasErrors && output.Reject(diagnostics))
        {
            diagnostics.Relocate(output.Staging, output.Rejected);
            diagnostics.Report(Codes.OutputRejected, SourceSpan.ForFile(output.Rejected), output.Rejected, options.Output);
        }

        return Done(diagnostics, filing, documents, review);
    }

    /// <summary>Reads and maps, without writing anything. The documents render (streaming) when they are written.</summary>
    public static (Filing? Filing, IReadOnlyList<RenderedDocument> Documents) Build(GenerateOptions options, TaxonomyCatalog catalog, DiagnosticBag diagnostics)
    {
        var (filing, documents, _) = BuildReviewed(options, catalog, diagnostics);
        return (filing, documents);
    }

    /// <summary>Reads, maps and reviews the release: the filing's documents and the review page, and the review's findings and coverage.</summary>
    public static (Filing? Filing, IReadOnlyList<RenderedDocument> Documents, ReviewReport? Review) BuildReviewed(GenerateOptions options, TaxonomyCatalog catalog, DiagnosticBag diagnostics)
    {
        var baseTaxonomy = BaseTaxonomy.Load(catalog, diagnostics);
        var mapping = MappingLoader.Load(options.Mapping, diagnostics);
        if (baseTaxonomy is null || mapping is null)
        {
            return (null, [], null);
        }

        var files = new ReaderOptions(mapping.Entity.Calendar) { Files = tables => mapping.Tables.SelectMany(map => FactBuilder.TablesFor(map, tables)) };
        var release = ReleaseReader.ReadFile(options.Release, files, diagnostics, options.MaxInputBytes);
        if (release is null || diagnostics.HasErrors)
        {
            return (null, [], null);
        }

        var (filing, trace) = FilingBuilder.BuildTraced(release, mapping, baseTaxonomy, diagnostics);
        if (filing is null || trace is null || diagnostics.HasErrors)
        {
            return (filing, [], null);
        }

        var context = ReviewContext.Create(release, mapping, filing, trace);
        ReviewRules.Run(context, diagnostics);
        if (options.Previous is { } previous)
        {
            PreviousFilingCheck.Run(filing, previous, catalog, diagnostics);
            if (diagnostics.HasErrors)
            {
                return (filing, [], null);
            }
        }

        var review = ReviewReport.Create(context, diagnostics.Items);
        // The run's summary counts what the review page counts, in the same words.
        var c = review.Coverage;
        diagnostics.Report(Codes.FactSummary, SourceSpan.ForFile(release.File), c.Facts, c.FiledFigures, c.ReleaseFigures, c.MergedCopies, c.Dashes, c.PercentFigures, c.UnmappedFigures, c.Facts - c.FiledFigures);
        var renderer = FilingRenderer.Create(Path.Combine(options.Mapping, "templates"), diagnostics);
        return renderer is null ? (filing, [], review)
            : (filing, [.. renderer.Render(filing, Path.GetFileName(options.Release)), renderer.RenderReview(review, filing.BaseName + "-review.html", Path.GetFileName(options.Release))], review);
    }

    private static GenerateResult Done(DiagnosticBag diagnostics, Filing? filing, IReadOnlyList<RenderedDocument> documents, ReviewReport? review) =>
        new(Diagnostic.ExitCode(diagnostics.Items), diagnostics.Items, filing, documents) { Review = review };
}
