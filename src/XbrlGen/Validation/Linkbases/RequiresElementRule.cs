using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Linkbases;

/// <summary>XBRL 2.1 5.2.6.2.4: a concept reported makes the concepts it requires reported too.</summary>
internal sealed class RequiresElementRule : IInstanceRule
{
    public void Check(InstanceRuleContext context, DiagnosticBag diagnostics) => RequiresElement(context.Model, context.Taxonomy, context.Networks, diagnostics);

    /// <summary>Requires-element (5.2.6.2.4): if the source concept has a fact, the target concept must have one.</summary>
    private static void RequiresElement(InstanceModel model, Taxonomy taxonomy, Networks networks, DiagnosticBag diagnostics)
    {
        var reported = model.Facts.Select(f => f.Concept).ToHashSet();
        foreach (var rel in networks.Effective.Where(r => r.Arcrole == Networks.RequiresElement))
        {
            var from = Networks.ConceptAt(taxonomy, rel.From);
            var to = Networks.ConceptAt(taxonomy, rel.To);
            if (from is not null && to is not null && reported.Contains(from) && !reported.Contains(to))
            {
                diagnostics.Report(Codes.RequiresElementMissing, model.Facts.First(f => f.Concept == from).Span, from.Display, to.Display);
            }
        }
    }
}
