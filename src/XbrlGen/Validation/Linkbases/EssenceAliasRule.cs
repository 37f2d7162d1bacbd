using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;

namespace XbrlGen.Validation.Linkbases;

/// <summary>XBRL 2.1 5.2.6.2.2: an essence concept and its alias, reported in c-equal contexts with the same unit and parent, agree.</summary>
internal sealed class EssenceAliasRule : IInstanceRule
{
    public void Check(InstanceRuleContext context, DiagnosticBag diagnostics) => EssenceAlias(context.Model, context.Networks, diagnostics);

    /// <summary>Essence-alias (5.2.6.2.2): an essence and its alias in c-equal contexts, same unit and parent must agree.</summary>
    private static void EssenceAlias(InstanceModel model, Networks networks, DiagnosticBag diagnostics)
    {
        var rels = networks.Effective.Where(r => r.Arcrole == Networks.EssenceAlias).ToList();
        if (rels.Count == 0)
        {
            return;
        }

        var byConcept = model.Facts.Where(f => f.Concept.IsItem && model.ContextOf(f) is not null).ToLookup(f => f.Concept);
        foreach (var rel in rels)
        {
            var essence = Networks.ConceptAt(networks.Taxonomy, rel.From);
            var alias = Networks.ConceptAt(networks.Taxonomy, rel.To);
            if (essence is null || alias is null)
            {
                continue;
            }

            var aliases = byConcept[alias].ToLookup(f => ParentContextKey(model, f));
            foreach (var e in byConcept[essence].Where(f => !f.Nil))
            {
                foreach (var a in aliases[ParentContextKey(model, e)].Where(f => !f.Nil))
                {
                    var equal = model.UnitClassOf(e) == model.UnitClassOf(a) && (e.Number is { } en && a.Number is { } an
                        ? Calculations.Consistent([(en, e.InferredDecimals!.Value), (an, a.InferredDecimals!.Value)])
                        : e.Value.Trim() == a.Value.Trim());
                    if (!equal)
                    {
                        diagnostics.Report(Codes.EssenceAliasInconsistent, a.Span, [e.Span], essence.Display, alias.Display, e.ContextRef!, e.Value.Trim() + " " + e.UnitRef, a.Value.Trim() + " " + a.UnitRef);
                    }
                }
            }
        }
    }

    private static (int, int) ParentContextKey(InstanceModel model, FactInfo f) => (model.ContextOf(f)!.Class, f.Parent);
}
