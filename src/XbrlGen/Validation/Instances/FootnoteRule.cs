using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Linkbases;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Instances;

/// <summary>XBRL 2.1 4.11: the instance's footnote links point at its own facts and at footnotes.</summary>
internal sealed class FootnoteRule : IInstanceRule
{
    public void Check(InstanceRuleContext context, DiagnosticBag diagnostics) => Footnotes(context.Path, context.Model, context.Taxonomy, diagnostics);

    /// <summary>Footnote links (4.11): locators to this instance's facts, footnote resources, fact-footnote arcs.</summary>
    private static void Footnotes(string path, InstanceModel model, Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        if (!model.LinkContainer.HasElements)
        {
            return;
        }

        var placeholders = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var instanceName = Path.GetFileName(path);
        XElement? Target(string href)
        {
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            if (hash < 0)
            {
                return null;
            }

            var file = href[..hash];
            var id = href[(hash + 1)..];
            if (file.Length > 0 && !string.Equals(Uri.UnescapeDataString(file.Split('/').Last()), instanceName, StringComparison.Ordinal))
            {
                return null;
            }

            if (!model.Ids.TryGetValue(id, out var kind) || kind != "fact")
            {
                return null;
            }

            if (!placeholders.TryGetValue(id, out var placeholder))
            {
                placeholders[id] = placeholder = new XElement("fact", new XAttribute("id", id));
            }

            return placeholder;
        }

        foreach (var footnote in model.LinkContainer.Descendants(Dts.Link + "footnote").Where(f => !f.AncestorsAndSelf().Any(e => e.Attribute(XNamespace.Xml + "lang") is not null)))
        {
            diagnostics.Report(Codes.FootnoteLang, SafeXml.Span(path, footnote));
        }

        var footnotes = new Networks(taxonomy);
        footnotes.AddLinkbase(taxonomy, new Uri(Path.GetFullPath(path)).AbsoluteUri, path, model.LinkContainer, diagnostics, Target);
        foreach (var rel in footnotes.All.Where(r => r.Arcrole == Networks.FactFootnote))
        {
            if (rel.From.Name != "fact" || rel.To.Name != Dts.Link + "footnote")
            {
                diagnostics.Report(Codes.FootnoteArcEnds, SafeXml.Span(path, rel.Arc));
            }
        }
    }
}
