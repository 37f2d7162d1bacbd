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
    /// Runs the instance validator's <paramref name="run"/> on the target document, held in memory at a place in a folder
    /// that exists nowhere on disk (nothing is written). The folder is inside the pages' own, so the target allows no
    /// folder the pages do not, and the DTS compiled for an instance beside the pages (generate validates both) is
    /// reused. Its diagnostics are pointed back at the page elements they came from; <paramref name="after"/> gets the
    /// result, with the same pointing-back.
    /// </summary>
    private static T OnTarget<T>(InlineTarget target, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics,
        Func<DocumentSource, TaxonomyCatalog, ValidationOptions, DiagnosticBag, T> run, Func<T, Func<SourceSpan, SourceSpan>, T> after)
    {
        var folder = Path.Combine(target.Folders.Count > 0 ? target.Folders[0] : Path.GetTempPath(), ".xbrlgen-ixds-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "target.xml");
        var (text, lines) = Render(target);
        SourceSpan Back(SourceSpan span) => InlineValidator.Back(span, path, lines, target);
        var bag = new DiagnosticBag();
        var document = new DocumentSource.InMemory(path, new UTF8Encoding(false).GetBytes(text));
        var result = run(document, catalog, options with { AllowedFolders = [.. options.AllowedFolders, .. target.Folders] }, bag);
        foreach (var d in bag.Items)
        {
            diagnostics.Add(d with { Span = Back(d.Span), Related = d.Related.Select(Back).ToList() });
        }

        return after(result, Back);
    }

    /// <summary>Writes the target document, each top-level element starting a line; returns those lines, in order.</summary>
    public static int[] Write(InlineTarget target, string path)
    {
        var (text, lines) = Render(target);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return lines;
    }

    /// <summary>The target document's text, each top-level element starting a line, and those lines, in order.</summary>
    private static (string Text, int[] Lines) Render(InlineTarget target)
    {
        var builder = new StringBuilder();
        var starts = new List<int>();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), new XmlWriterSettings { Indent = false, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) }))
        {
            var root = target.Instance.Root!;
            writer.WriteStartDocument();
            writer.WriteWhitespace("\n");
            var rootPrefix = root.GetPrefixOfNamespace(root.Name.Namespace) ?? "xbrli";
            writer.WriteStartElement(rootPrefix, root.Name.LocalName, root.Name.NamespaceName);
            foreach (var a in root.Attributes())
            {
                if (a.IsNamespaceDeclaration && a.Name.LocalName == rootPrefix && a.Value != root.Name.NamespaceName)
                {
                    // The pages bind the root's prefix to another namespace: the writer declares it where it is used.
                    continue;
                }

                if (a.IsNamespaceDeclaration)
                {
                    writer.WriteAttributeString("xmlns", a.Name.LocalName, XNamespace.Xmlns.NamespaceName, a.Value);
                }
                else
                {
                    writer.WriteAttributeString(a.Name.LocalName, a.Name.NamespaceName, a.Value);
                }
            }

            var line = 1;
            var counted = 0;
            foreach (var child in root.Elements())
            {
                writer.WriteWhitespace("\n");
                writer.Flush();
                for (; counted < builder.Length; counted++)
                {
                    line += builder[counted] == '\n' ? 1 : 0;
                }

                starts.Add(line);
                child.WriteTo(writer);
            }

            writer.WriteWhitespace("\n");
            writer.WriteEndElement();
        }

        return (builder.ToString(), [.. starts]);
    }

    /// <summary>A span in the target document, as the place in the pages its element came from.</summary>
    private static SourceSpan Back(SourceSpan span, string path, int[] lines, InlineTarget target)
    {
        if (span.File != path)
        {
            return span;
        }

        var i = Array.BinarySearch(lines, span.Line);
        i = i >= 0 ? i : ~i - 1;
        return i >= 0 && i < target.Sources.Count ? target.Sources[i] : target.Sources.Count > 0 ? SourceSpan.ForFile(target.Sources[0].File) : span;
    }

    /// <summary>A string writer whose XML declaration says UTF-8, the encoding the file is written in.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding { get; } = new UTF8Encoding(false);
    }
}
