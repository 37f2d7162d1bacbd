using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Linkbases;

/// <summary>
/// Prohibition and override (XBRL 2.1 section 3.5.3.9.7): of equivalent relationships, those of the highest priority
/// are in force, unless one of them prohibits.
/// </summary>
internal static class RelationshipEquivalence
{
    private static readonly XNamespace X = Dts.XLink;

    /// <summary>The relationships in force, in the order of their first equivalent.</summary>
    public static List<NetworkRelationship> Effective(IReadOnlyList<NetworkRelationship> all, Taxonomy taxonomy)
    {
        // Equivalent relationships share base set and endpoints: only those that do need their attributes compared.
        var byEndpoints = new Dictionary<(BaseSetKey, XElement, XElement), List<int>>();
        for (var i = 0; i < all.Count; i++)
        {
            var r = all[i];
            if (!byEndpoints.TryGetValue((r.BaseSet, r.From, r.To), out var list))
            {
                byEndpoints[(r.BaseSet, r.From, r.To)] = list = [];
            }

            list.Add(i);
        }

        var effective = new List<(int First, NetworkRelationship Relationship)>();
        foreach (var indexes in byEndpoints.Values)
        {
            if (indexes.Count == 1)
            {
                if (!all[indexes[0]].Prohibited)
                {
                    effective.Add((indexes[0], all[indexes[0]]));
                }

                continue;
            }

            foreach (var group in indexes.GroupBy(i => EquivalenceKey(all[i], taxonomy), StringComparer.Ordinal))
            {
                var top = group.Max(i => all[i].Priority);
                var winners = group.Where(i => all[i].Priority == top).ToList();
                if (!winners.Any(i => all[i].Prohibited))
                {
                    effective.Add((group.First(), all[winners[0]]));
                }
            }
        }

        effective.Sort((a, b) => a.First.CompareTo(b.First));
        return effective.ConvertAll(e => e.Relationship);
    }

    /// <summary>NetworkRelationship equivalence (3.5.3.9.7.4): same base set, same endpoints, equal non-exempt attributes.</summary>
    private static string EquivalenceKey(NetworkRelationship r, Taxonomy taxonomy)
    {
        var attributes = r.Arc.Attributes()
            .Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != X && a.Name != "use" && a.Name != "priority" && a.Name != "order")
            .Select(a => a.Name + "=" + (a.Name == "weight" ? Number(a.Value) : Taxonomy.Canonical(a.Value, taxonomy.AttributeType(r.Arc.Name, a.Name))))
            .Append("order=" + r.Order.ToString("G29", CultureInfo.InvariantCulture))
            .OrderBy(a => a, StringComparer.Ordinal);
        return string.Join("\u0001", [r.BaseSet.ToString(), Identity(r.From), Identity(r.To), .. attributes]);
    }

    private static string Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString("G29", CultureInfo.InvariantCulture) : text.Trim();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<XElement, string> Identities = [];
    private static int _next;

    private static string Identity(XElement e) => Identities.GetValue(e, _ => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture));
}
