using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Linkbases;

/// <summary>The DTS-wide rules on the effective networks: cycles per arcrole (XBRL 2.1 section 5.2), and preferred labels that exist.</summary>
internal static class NetworkRules
{
    private static readonly XNamespace L = Dts.Link;
    private static readonly XNamespace X = Dts.XLink;

    /// <summary>DTS-wide rules on the effective networks: cycles per arcrole, preferred labels.</summary>
    public static void Check(Networks networks, Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        // Cycle rules bind standard arcs; custom arcs in custom links may form any cycles.
        string CyclesAllowed(string arcrole) =>
            StandardLinkbase.StandardArcroles.TryGetValue(arcrole, out var standard) ? standard.Cycles
            : taxonomy.ArcroleTypes.TryGetValue(arcrole, out var declared) ? declared[0].CyclesAllowed ?? "any"
            : "any";
        foreach (var set in networks.Effective.Where(r => r.Arc.Name.Namespace == L && CyclesAllowed(r.Arcrole) != "any").GroupBy(r => r.BaseSet))
        {
            var cycles = CyclesAllowed(set.Key.Arcrole);
            var edges = set.Select(r => (r.From, r.To, r)).DistinctBy(e => (e.From, e.To)).ToList();
            var offending = cycles == "none" ? NetworkCycles.Undirected(edges) : NetworkCycles.Directed(edges);
            if (offending is not null)
            {
                diagnostics.Report(Codes.Cycle, SafeXml.Span(offending.File, offending.Arc), set.Key.Arcrole, cycles, set.Key.LinkRole);
            }
        }

        var labels = networks.Effective.Where(r => r.Arcrole == Networks.ConceptLabel)
            .Select(r => (r.From, Role: (string?)r.To.Attribute(X + "role") ?? Networks.RoleBase + "label"))
            .ToHashSet();
        foreach (var r in networks.Effective.Where(r => r.Arcrole == Networks.ParentChild && r.Arc.Attribute("preferredLabel") is not null))
        {
            var preferred = (string)r.Arc.Attribute("preferredLabel")!;
            if (!labels.Contains((r.To, preferred)))
            {
                diagnostics.Report(Codes.PreferredLabelMissing, SafeXml.Span(r.File, r.Arc), preferred, Networks.ConceptAt(taxonomy, r.To)?.Display ?? "?");
            }
        }
    }
}
