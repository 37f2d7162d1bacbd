using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Validation.Linkbases;
using XbrlGen.Validation.Taxonomies;
using XbrlGen.Validation;

namespace XbrlGen.Comparison;

/// <summary>
/// Compares the taxonomies two filings use (their whole DTSs): concepts (declared, and how: item or tuple, type, period
/// type, balance, abstract, nillable), labels (concept, role and language), presentation (parent, child, order, preferred
/// label) and calculation relationships (parent, child, weight), each in its extended link role, after prohibition and
/// override. Filings that share one compiled DTS have the same taxonomy and are not walked.
/// </summary>
public static class TaxonomyComparer
{
    private static readonly XNamespace XLink = Dts.XLink;

    public static IReadOnlyList<TaxonomyChange> Compare(ComparedFiling old, ComparedFiling @new)
    {
        if (ReferenceEquals(old.Content.Networks, @new.Content.Networks))
        {
            return [];
        }

        var changes = new List<TaxonomyChange>();
        foreach (var part in Enum.GetValues<TaxonomyPart>())
        {
            var before = Describe(old, part);
            var after = Describe(@new, part);
            foreach (var (subject, description) in after)
            {
                if (!before.TryGetValue(subject, out var was))
                {
                    changes.Add(new TaxonomyChange(part, ChangeKind.Added, subject, null, description));
                }
                else if (was != description)
                {
                    changes.Add(new TaxonomyChange(part, ChangeKind.Changed, subject, was, description));
                }
            }

            foreach (var (subject, description) in before.Where(b => !after.ContainsKey(b.Key)))
            {
                changes.Add(new TaxonomyChange(part, ChangeKind.Removed, subject, description, null));
            }
        }

        return changes.OrderBy(c => c.Part).ThenBy(c => c.Subject, StringComparer.Ordinal).ThenBy(c => c.Kind).ToList();
    }

    /// <summary>Each item of one part of a filing's taxonomy: what identifies it, and what it says (compared as text).</summary>
    private static SortedDictionary<string, string> Describe(ComparedFiling filing, TaxonomyPart part)
    {
        var taxonomy = filing.Content.Taxonomy;
        var items = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string Name(XbrlConcept c) => filing.Show(c.Name.Namespace, c.Name.Name);
        if (part == TaxonomyPart.Concept)
        {
            foreach (var concept in taxonomy.Concepts.Values)
            {
                var type = concept.TypeChain.Count > 0 ? filing.Show(concept.TypeChain[0].Namespace, concept.TypeChain[0].Name) : "anyType";
                items[Name(concept)] = string.Join(" ",
                    concept.IsItem ? "item" : "tuple",
                    type,
                    concept.PeriodType?.ToString().ToLowerInvariant() ?? "-",
                    concept.Balance.ToString().ToLowerInvariant(),
                    concept.IsAbstract ? "abstract" : "concrete",
                    concept.IsNillable ? "nillable" : "not-nillable");
            }

            return items;
        }

        foreach (var r in filing.Content.Networks.Effective)
        {
            if (Networks.ConceptAt(taxonomy, r.From) is not { } from)
            {
                continue;
            }

            switch (part)
            {
                case TaxonomyPart.Label when r.Arcrole == Networks.ConceptLabel:
                    var role = (string?)r.To.Attribute(XLink + "role") ?? Networks.RoleBase + "label";
                    var lang = (string?)r.To.Attribute(XNamespace.Xml + "lang") ?? string.Empty;
                    var subject = Name(from) + " " + Short(role) + " (" + lang + ")";
                    var text = r.To.Value.Trim();
                    // Two labels of one role and language (a taxonomy may have them) are one item, both texts in order.
                    items[subject] = items.TryGetValue(subject, out var other) ? string.Join(" | ", new[] { other, text }.Order(StringComparer.Ordinal)) : text;
                    break;
                case TaxonomyPart.Presentation when r.Arcrole == Networks.ParentChild && Networks.ConceptAt(taxonomy, r.To) is { } child:
                    items[r.LinkRole + " " + Name(from) + " > " + Name(child)] = "order " + r.Order.ToString(CultureInfo.InvariantCulture)
                        + ((string?)r.Arc.Attribute("preferredLabel") is { } preferred ? ", preferred label " + Short(preferred) : string.Empty);
                    break;
                case TaxonomyPart.Calculation when r.Arcrole is Networks.SummationItem or Networks.SummationItem11 && Networks.ConceptAt(taxonomy, r.To) is { } item:
                    items[r.LinkRole + " " + Name(from) + " > " + Name(item)] = "weight " + r.Weight.ToString(CultureInfo.InvariantCulture);
                    break;
            }
        }

        return items;
    }

    /// <summary>A standard role by its last segment (<c>label</c>, <c>terseLabel</c>); any other role as it is.</summary>
    private static string Short(string role) => role.StartsWith(Networks.RoleBase, StringComparison.Ordinal) ? role[Networks.RoleBase.Length..] : role;
}
