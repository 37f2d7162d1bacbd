using XbrlGen.Diagnostics;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Dimensions;

/// <summary>The xbrldte rules over a DTS's dimensional relationship sets as wholes: directed cycles and polymorphism.</summary>
public sealed partial class DimensionalTaxonomy
{
    /// <summary>DRS rules over consecutive relationships: directed cycles through a domain, and primary items that are members of their own DRS's dimensions.</summary>
    private void CheckDrs(DiagnosticBag diagnostics)
    {
        foreach (var ((arcrole, elr), byFrom) in _sets.Where(s => s.Key.Arcrole == All))
        {
            foreach (var (primary, hasHypercubes) in byFrom)
            {
                foreach (var hasHc in hasHypercubes)
                {
                    var primaries = DrsPrimaryItems(elr, primary, [primary]);
                    foreach (var hcDim in From(HypercubeDimension, hasHc.Next, hasHc.To))
                    {
                        var domains = From(DimensionDomain, hcDim.Next, hcDim.To);
                        var roles = new HashSet<string>(StringComparer.Ordinal) { hcDim.Next };
                        DomainRoles(hcDim.Next, domains, [], roles);
                        if (DirectedCycle(roles, domains, [hasHc.To, hcDim.To]))
                        {
                            diagnostics.Report(Codes.DirectedCycle, SafeXml.Span(hcDim.Source.File, hcDim.Source.Arc), hasHc.To.Display, elr, hcDim.To.Display);
                        }

                        if (Polymorphic(hcDim.Next, domains, primaries, []))
                        {
                            diagnostics.Report(Codes.Polymorphism, SafeXml.Span(hasHc.Source.File, hasHc.Source.Arc), primary.Display, elr, hcDim.To.Display);
                        }
                    }
                }
            }
        }
    }

    private void DomainRoles(string elr, IReadOnlyList<DimensionRelationship> rels, HashSet<XbrlConcept> visiting, HashSet<string> roles)
    {
        foreach (var rel in rels)
        {
            if (visiting.Add(rel.To))
            {
                roles.Add(rel.Next);
                DomainRoles(rel.Next, From(DomainMember, rel.Next, rel.To), visiting, roles);
                visiting.Remove(rel.To);
            }
        }
    }

    private bool DirectedCycle(HashSet<string> roles, IReadOnlyList<DimensionRelationship> rels, HashSet<XbrlConcept> path)
    {
        foreach (var rel in rels)
        {
            if (rel.Usable && path.Contains(rel.To))
            {
                return true;
            }

            if (!path.Add(rel.To))
            {
                continue;
            }

            foreach (var role in roles)
            {
                if (DirectedCycle(roles, From(DomainMember, role, rel.To), path))
                {
                    return true;
                }
            }

            path.Remove(rel.To);
        }

        return false;
    }

    private HashSet<XbrlConcept> DrsPrimaryItems(string elr, XbrlConcept primary, HashSet<XbrlConcept> items)
    {
        foreach (var rel in From(DomainMember, elr, primary))
        {
            if (!items.Contains(rel.To))
            {
                if (rel.Usable)
                {
                    items.Add(rel.To);
                }

                DrsPrimaryItems(rel.Next, rel.To, items);
            }
        }

        return items;
    }

    private bool Polymorphic(string elr, IReadOnlyList<DimensionRelationship> rels, HashSet<XbrlConcept> primaries, HashSet<XbrlConcept> visited)
    {
        foreach (var rel in rels)
        {
            if (rel.Usable && primaries.Contains(rel.To))
            {
                return true;
            }

            if (visited.Add(rel.To))
            {
                if (Polymorphic(rel.Next, From(DomainMember, rel.Next, rel.To), primaries, visited))
                {
                    return true;
                }

                visited.Remove(rel.To);
            }
        }

        return false;
    }
}
