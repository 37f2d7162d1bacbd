using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>Every concept a mapped line or a prose rule names is in the base taxonomy or the extension (XG0202).</summary>
internal sealed class KnownConceptsCheck : IMappingCheck
{
    public void Check(MappingCheckContext context, DiagnosticBag diagnostics)
    {
        var named = context.Mapping.Tables.SelectMany(t => t.Lines).Select(l => (l.Concept, l.Span))
            .Concat(context.Mapping.Prose.Select(r => (r.Concept, r.Span)));
        foreach (var (concept, span) in named.Where(n => !context.Concepts.ContainsKey(n.Concept)))
        {
            diagnostics.Report(Codes.UnknownConcept, span, concept);
        }
    }
}
