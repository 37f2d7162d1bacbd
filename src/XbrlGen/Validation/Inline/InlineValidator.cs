using System.Text;
using System.Xml.Linq;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;

namespace XbrlGen.Validation.Inline;

/// <summary>
/// Validates an Inline XBRL document set: reads its target document (<see cref="InlineXbrlReader"/>), then validates
/// that as an instance with every XBRL 2.1 rule and the calculations. The target document is handed to the instance
/// validator as a document in memory (<see cref="DocumentSource.InMemory"/>); its diagnostics are pointed back at the
/// element of the page each target element came from.
/// </summary>
public static class InlineValidator
{
    /// <summary>Validates the pages as one document set.</summary>
    public static InlineTarget? Validate(IReadOnlyList<InlineDocument> documents, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var target = InlineXbrlReader.Read(documents, diagnostics, catalog, options.Caches);
        if (target is not null)
        {
            _ = OnTarget(target, catalog, options, diagnostics, InstanceValidator.Validate, (result, _) => result);
        }

        return target;
    }

    public static InlineTarget? Validate(IReadOnlyList<string> paths, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics) =>
        Validate(paths.Select(p => InlineDocument.From(catalog.Files.Source(p))).ToList(), catalog, options, diagnostics);

    /// <summary>
    /// Reads the pages' target document as <see cref="InstanceValidator.Read"/> reads an instance (no XBRL rules
    /// checked): each fact's place, and each diagnostic's, is the element of the page it came from.
    /// </summary>
    public static InstanceContent? Read(IReadOnlyList<InlineDocument> documents, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var target = InlineXbrlReader.Read(documents, diagnostics, catalog, options.Caches);
        return target is null ? null : OnTarget(target, catalog, options, diagnostics, InstanceValidator.Read, (content, back) => content is null ? null : content with
        {
            Model = content.Model.WithFacts(fact => back(fact.Span) is var place ? fact with { File = place.File, Line = place.Line, Column = place.Column } : fact),
        });
    }

    /// <summary>
    /// Runs the instance validator's <paramref name="run"/> on the target document, held in memory as the tree it is
    /// (<see cref="DocumentSource.Tree"/>: never written as text, nor parsed again) at a place in a folder that exists
    /// nowhere on disk. The folder is inside the pages' own, so the target allows no folder the pages do not, and the DTS
    /// compiled for an instance beside the pages (generate validates both) is reused. A place in the target is a line
    /// per top-level element (<see cref="TopLevelLineReader"/>), which is the page element it came from: diagnostics are
    /// pointed back there, and <paramref name="after"/> gets the result with the same pointing-back.
    /// </summary>
    private static T OnTarget<T>(InlineTarget target, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics,
        Func<DocumentSource, TaxonomyCatalog, ValidationOptions, DiagnosticBag, T> run, Func<T, Func<SourceSpan, SourceSpan>, T> after)
    {
        var folder = Path.Combine(target.Folders.Count > 0 ? target.Folders[0] : Path.GetTempPath(), ".xbrlgen-ixds-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "target.xml");
        SourceSpan Back(SourceSpan span) => InlineValidator.Back(span, path, target);
        var bag = new DiagnosticBag();
        var result = run(new DocumentSource.Tree(path, target.Instance), catalog, options with { AllowedFolders = [.. options.AllowedFolders, .. target.Folders] }, bag);
        foreach (var d in bag.Items)
        {
            diagnostics.Add(d with { Span = Back(d.Span), Related = d.Related.Select(Back).ToList() });
        }

        return after(result, Back);
    }

    /// <summary>A place in the target document (line n: its n-th top-level element) as the place in the pages that element came from.</summary>
    private static SourceSpan Back(SourceSpan span, string path, InlineTarget target) =>
        span.File != path ? span
        : span.Line >= 1 && span.Line <= target.Sources.Count ? target.Sources[span.Line - 1]
        : target.Sources.Count > 0 ? SourceSpan.ForFile(target.Sources[0].File) : span;
}
