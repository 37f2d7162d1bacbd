using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation;

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
        var effective = new List<NetworkRelationship>();
        foreach (var group in all.GroupBy(r => EquivalenceKey(r, taxonomy), StringComparer.Ordinal))
        {
            var top = group.Max(r => r.Priority);
            var winners = group.Where(r => r.Priority == top).ToList();
            if (!winners.Any(r => r.Prohibited))
            {
                effective.Add(winners[0]);
            }
        }

        return effective;
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
