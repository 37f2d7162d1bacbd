using XbrlGen.Model;

namespace XbrlGen.Mapping;

/// <summary>
/// The dimensional part of a table that prints a breakdown on explicit members, the way US-GAAP filers lay it out:
/// in the presentation, the table's hypercube with each axis, its domain and the members printed, then the line
/// items; in the definition linkbase, the line items' concepts joined to the hypercube (closed, on the segment), the
/// hypercube's axes, each axis's domain and whole member tree, and the domain as the axis's default.
/// </summary>
internal static class DimensionalTables
{
    /// <summary>The base taxonomy's hypercube and line-items heading for statements (US-GAAP's StatementTable and StatementLineItems).</summary>
    public const string Hypercube = "gaap:StatementTable";
    public const string LineItems = "gaap:StatementLineItems";

    /// <summary>Adds the table's dimensional presentation and definitions; returns the line-items heading the lines go under (null if the base taxonomy lacks it).</summary>
    public static Concept? Table(MappingSet mapping, IReadOnlyDictionary<string, Concept> concepts, IReadOnlyList<LineMap> lines, IReadOnlyDictionary<LineMap, IReadOnlyList<ExplicitMember>> lineMembers,
        Concept root, List<Relationship> presentation, List<DefinitionArc> definitions)
    {
        if (!concepts.TryGetValue(Hypercube, out var hypercube) || !concepts.TryGetValue(LineItems, out var lineItems))
        {
            return null;
        }

        presentation.Add(new Relationship(root, hypercube, 1));
        var axes = lines.SelectMany(l => lineMembers[l]).Select(m => m.Axis).Distinct().ToList();
        var order = 0;
        foreach (var primary in lines.Select(l => concepts[l.Concept]).Distinct())
        {
            definitions.Add(new DefinitionArc(primary, hypercube, DimensionArcrole.All, ++order));
        }

        order = 0;
        foreach (var axis in axes)
        {
            var map = mapping.Axes.First(a => a.Axis == axis.Name.Prefixed);
            if (!concepts.TryGetValue(map.Domain, out var domain))
            {
                continue;
            }

            order++;
            presentation.Add(new Relationship(hypercube, axis, order));
            presentation.Add(new Relationship(axis, domain, 1));
            definitions.Add(new DefinitionArc(hypercube, axis, DimensionArcrole.HypercubeDimension, order));
            definitions.Add(new DefinitionArc(axis, domain, DimensionArcrole.DimensionDomain, 1));
            definitions.Add(new DefinitionArc(axis, domain, DimensionArcrole.DimensionDefault, 1));
            var children = new Dictionary<Concept, int>();
            foreach (var (memberName, parentName) in map.Members)
            {
                if (concepts.TryGetValue(memberName, out var member) && concepts.TryGetValue(parentName, out var parent))
                {
                    children[parent] = children.GetValueOrDefault(parent) + 1;
                    definitions.Add(new DefinitionArc(parent, member, DimensionArcrole.DomainMember, children[parent]));
                }
            }

            // The members printed in this table, in printed order.
            var printed = lines.Select(l => (Line: l, Member: lineMembers[l].FirstOrDefault(m => m.Axis == axis)?.Member)).Where(p => p.Member is not null).DistinctBy(p => p.Member).ToList();
            var shown = printed.Select(p => p.Member!).ToHashSet();
            var shownChildren = new Dictionary<Concept, int>();
            foreach (var (line, member) in printed)
            {
                // Under the nearest ancestor printed in the table, else the domain.
                var parent = domain;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var name = map.Members.First(m => m.Member == member!.Name.Prefixed).Parent; seen.Add(name) && map.Members.Any(m => m.Member == name); name = map.Members.First(m => m.Member == name).Parent)
                {
                    if (concepts.TryGetValue(name, out var ancestor) && shown.Contains(ancestor))
                    {
                        parent = ancestor;
                        break;
                    }
                }

                shownChildren[parent] = shownChildren.GetValueOrDefault(parent) + 1;
                presentation.Add(new Relationship(parent, member!, shownChildren[parent], 1m, FilingBuilder.PreferredLabel(line)));
            }
        }

        presentation.Add(new Relationship(hypercube, lineItems, order + 1));
        return lineItems;
    }
}
