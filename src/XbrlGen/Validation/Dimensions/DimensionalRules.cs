using System.Xml.Linq;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Dimensions;

/// <summary>
/// The XBRL Dimensions 1.0 instance rules (xbrldie): each context's dimension values once, then each item fact's
/// dimensional validity against its primary item's DRS, decided once per primary item and class of s-equal contexts.
/// </summary>
internal static class DimensionalRules
{
    /// <summary>A context's dimension values, resolved to concepts, by where they are.</summary>
    private sealed record Resolved(Dictionary<XbrlConcept, DimensionValue> Segment, Dictionary<XbrlConcept, DimensionValue> Scenario, ContextDimensions Raw)
    {
        public Dictionary<XbrlConcept, DimensionValue> In(ContextElement where) => where == ContextElement.Segment ? Segment : Scenario;
    }

    private static readonly Resolved Plain = new([], [], ContextDimensions.None);

    public static void Check(InstanceModel model, DimensionalTaxonomy drs, DiagnosticBag diagnostics)
    {
        if (!drs.Applies)
        {
            return;
        }

        // Only contexts with a segment or scenario are resolved; plain ones share one empty resolution.
        var resolved = new Dictionary<string, Resolved>(StringComparer.Ordinal);
        foreach (var context in model.Contexts.Values.Where(c => c.Dimensions != ContextDimensions.None))
        {
            resolved[context.Id] = CheckContext(context, drs, diagnostics);
        }

        var verdicts = new Dictionary<(XbrlConcept, int), string?>();
        foreach (var fact in model.Facts)
        {
            if (!fact.Concept.IsItem || fact.ContextRef is null || !model.Contexts.TryGetValue(fact.ContextRef, out var context))
            {
                continue;
            }

            var hypercubes = drs.HypercubesOf(fact.Concept);
            if (hypercubes.Count == 0)
            {
                continue;
            }

            if (!verdicts.TryGetValue((fact.Concept, context.Class), out var problem))
            {
                problem = Validity(hypercubes, resolved.GetValueOrDefault(context.Id) ?? Plain, drs);
                verdicts[(fact.Concept, context.Class)] = problem;
            }

            if (problem is not null)
            {
                diagnostics.Report(Codes.DimensionallyInvalid, fact.Span, fact.Concept.Display, context.Id, problem);
            }
        }
    }

    /// <summary>Whether a name is of a namespace no schema at hand defines while the DTS misses schemas: what a missing schema would define.</summary>
    private static bool InMissingSchema(Taxonomy taxonomy, XName? name) =>
        name is not null && taxonomy.Dts.Missing.Count > 0 && !taxonomy.Schemas.Contains(name.NamespaceName);

    private static Resolved CheckContext(ContextInfo context, DimensionalTaxonomy drs, DiagnosticBag diagnostics)
    {
        var result = new Resolved([], [], context.Dimensions);
        var taxonomy = drs.Taxonomy;
        foreach (var value in context.Dimensions.Values)
        {
            var dimension = value.Dimension is { } name ? taxonomy.Concept(name) : null;
            var display = dimension?.Display ?? value.DimensionText;
            if (dimension is null && InMissingSchema(taxonomy, value.Dimension))
            {
                // The taxonomy that declares the dimension is not at hand (said once, as the missing schema).
            }
            else if (dimension is null || !drs.IsDimension(dimension) || drs.IsTyped(dimension, out _) != value.Typed)
            {
                diagnostics.Report(value.Typed ? Codes.NotTypedDimension : Codes.NotExplicitDimension, value.Span, context.Id, display);
            }
            else if (value.Typed)
            {
                drs.IsTyped(dimension, out var domain);
                var problem = value.TypedChildren == 0 ? "no content"
                    : value.TypedChildren > 1 ? "more than one element"
                    : domain is null ? "no domain element declaration"
                    : value.TypedChild != XName.Get(domain.QualifiedName.Name, domain.QualifiedName.Namespace) ? $"content {value.TypedChild!.LocalName}, not {domain.QualifiedName.Name}"
                    : null;
                if (problem is not null)
                {
                    diagnostics.Report(Codes.TypedContent, value.Span, context.Id, display, problem);
                }
            }

            if (!value.Typed)
            {
                var member = value.Member is { } m ? taxonomy.Schemas.GlobalElements[new XmlQualifiedName(m.LocalName, m.NamespaceName)] : null;
                if (member is null && InMissingSchema(taxonomy, value.Member))
                {
                    // As for the dimension: the member's schema is missing.
                }
                else if (member is null)
                {
                    diagnostics.Report(Codes.MemberUndefined, value.Span, context.Id, value.MemberText, display);
                }
                else if (dimension is not null && drs.DefaultOf(dimension) is { } d && !drs.HasConflictingDefaults(dimension) && value.Member == XName.Get(d.Name.Name, d.Name.Namespace))
                {
                    diagnostics.Report(Codes.DefaultUsed, value.Span, context.Id, value.MemberText, display);
                }
            }

            if (dimension is not null)
            {
                // A dimension given twice, in one place or in both segment and scenario, is repeated.
                if (result.Segment.ContainsKey(dimension) || result.Scenario.ContainsKey(dimension))
                {
                    diagnostics.Report(Codes.RepeatedDimension, value.Span, context.Id, display);
                }
                else
                {
                    result.In(value.Where)[dimension] = value;
                }
            }
        }

        return result;
    }

    /// <summary>Null when the fact is valid in one of its link roles (every has-hypercube relationship there satisfied), else why not.</summary>
    private static string? Validity(Dictionary<string, List<DimensionRelationship>> byElr, Resolved context, DimensionalTaxonomy drs)
    {
        string? why = null;
        foreach (var (elr, hasHypercubes) in byElr)
        {
            var failed = hasHypercubes.FirstOrDefault(h => Satisfies(h, elr, context, drs) == h.NotAll);
            if (failed is null)
            {
                return null;
            }

            why ??= $"{(failed.NotAll ? "in" : "not in")} hypercube {failed.To.Display} of {failed.From.Display} in {elr}";
        }

        return why;
    }

    /// <summary>Whether the context's segment or scenario (as the arc says) fits the hypercube.</summary>
    private static bool Satisfies(DimensionRelationship hasHypercube, string elr, Resolved context, DimensionalTaxonomy drs)
    {
        var where = hasHypercube.ContextElement == "scenario" ? ContextElement.Scenario : ContextElement.Segment;
        var values = context.In(where);
        if (hasHypercube.Closed && context.Raw.OtherIn(where) > 0)
        {
            return false;
        }

        var unmatched = values.Count;
        foreach (var hcDim in drs.From(DimensionalTaxonomy.HypercubeDimension, hasHypercube.Next, hasHypercube.To))
        {
            var dimension = hcDim.To;
            XbrlConcept? member;
            if (values.TryGetValue(dimension, out var value))
            {
                unmatched--;

                // A typed member of an explicit dimension is no member of its domain.
                member = !value.Typed && value.Member is { } m ? drs.Taxonomy.Concept(m) : null;
            }
            else
            {
                member = drs.DefaultOf(dimension);
                if (member is null)
                {
                    return false;
                }
            }

            if (drs.IsTyped(dimension, out _))
            {
                continue;
            }

            if (member is null || !drs.MemberUsable(dimension, member, hcDim.Next))
            {
                return false;
            }
        }

        return !hasHypercube.Closed || unmatched == 0;
    }
}
