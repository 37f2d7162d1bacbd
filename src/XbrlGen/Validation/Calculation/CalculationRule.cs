using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Linkbases;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Calculation;

/// <summary>
/// Summations (XBRL 2.1 5.2.5.2, or Calculations 1.1 round-to-nearest by default): each total against the sum of its
/// bound contributing items, with the arithmetic of <see cref="Calculations"/>.
/// </summary>
internal sealed class CalculationRule : IInstanceRule
{
    public void Check(InstanceRuleContext context, DiagnosticBag diagnostics) =>
        CalculationBinding(context.Model, context.Networks, context.Index, context.Options, diagnostics);

    /// <summary>
    /// Summation-item binding (5.2.5.2): for each total, the contributing items in a c-equal context and u-equal unit
    /// anywhere under the total's parent (its siblings, and items in tuples below them). XBRL 2.1 mode skips bindings
    /// with duplicates; Calculations 1.1 takes consistent duplicates at their most precise and reports inconsistent ones.
    /// </summary>
    private static void CalculationBinding(InstanceModel model, Networks networks, FactIndex index, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var summations = networks.Effective.Where(r => r.Arcrole is Networks.SummationItem or Networks.SummationItem11).ToList();
        if (summations.Count == 0)
        {
            return;
        }

        var scratch = new List<(FactInfo Fact, decimal Weight)>();
        var terms = new List<Calculations.Term>();
        foreach (var role in summations.GroupBy(r => r.LinkRole))
        {
            foreach (var total in role.GroupBy(r => r.From))
            {
                if (Networks.ConceptAt(networks.Taxonomy, total.Key) is not { IsNumeric: true, IsFraction: false } totalConcept)
                {
                    continue;
                }

                var items = total.Select(r => (Concept: Networks.ConceptAt(networks.Taxonomy, r.To), r.Weight)).Where(i => i.Concept is not null).Select(i => (i.Concept!, i.Weight)).ToList();
                foreach (var slice in index.ContextsOf(totalConcept))
                {
                    foreach (var copies in index.GroupsIn(slice))
                    {
                        Bind(model, index, copies, items, role.Key, options, scratch, terms, diagnostics);
                    }
                }
            }
        }
    }

    /// <summary>Whether a fact lies under a parent (-1: the instance itself).</summary>
    private static bool InScope(InstanceModel model, FactInfo fact, int parent)
    {
        if (parent < 0)
        {
            return true;
        }

        for (var p = fact.Parent; p >= 0; p = model.Facts[p].Parent)
        {
            if (p == parent)
            {
                return true;
            }
        }

        return false;
    }

    private static void Bind(InstanceModel model, FactIndex index, ArraySegment<FactInfo> totalCopies, List<(XbrlConcept Concept, decimal Weight)> items,
        string role, ValidationOptions options, List<(FactInfo Fact, decimal Weight)> contributions, List<Calculations.Term> terms, DiagnosticBag diagnostics)
    {
        contributions.Clear();
        var classic = options.Calculation == CalculationMode.Classic21;
        IReadOnlyList<FactInfo> totals = totalCopies.Count == 1 ? (totalCopies[0].Nil ? [] : totalCopies) : totalCopies.Where(t => !t.Nil).ToList();
        if (totals.Count == 0 || (classic && totalCopies.Count > 1))
        {
            return;
        }

        var parent = totalCopies[0].Parent;
        var inconsistentDuplicate = false;
        foreach (var (concept, weight) in items)
        {
            var slice = index.Find(concept, model.ContextOf(totalCopies[0])!.Class, model.UnitClassOf(totalCopies[0]));
            foreach (var copies in index.GroupsIn(slice))
            {
                if (!InScope(model, copies[0], parent))
                {
                    continue;
                }

                if (copies.Count == 1)
                {
                    if (!copies[0].Nil)
                    {
                        contributions.Add((copies[0], weight));
                    }

                    continue;
                }

                if (classic)
                {
                    return;
                }

                var live = copies.Where(c => !c.Nil).ToList();
                if (live.Count == 0)
                {
                    continue;
                }

                if (!classic && DuplicateRule.Classify(copies) == DuplicateKind.Inconsistent)
                {
                    inconsistentDuplicate = true;
                }

                contributions.Add((Calculations.MostPrecise(live, c => c.InferredDecimals!.Value), weight));
            }
        }

        if (contributions.Count == 0)
        {
            return;
        }

        if (!classic && DuplicateRule.Classify(totalCopies) == DuplicateKind.Inconsistent)
        {
            inconsistentDuplicate = true;
        }

        var total = totals.Count == 1 ? totals[0] : Calculations.MostPrecise(totals, c => c.InferredDecimals!.Value);
        if (total.Number is null || contributions.Any(c => c.Fact.Number is null))
        {
            return;
        }

        // XBRL 2.1 holds a summation with a precision-zero fact (nothing known of its value) inconsistent.
        if (classic && (total.PrecisionZero || contributions.Any(c => c.Fact.PrecisionZero)))
        {
            Report(total, contributions, total.InferredDecimals!.Value, 0, 0, role, classic, diagnostics);
            return;
        }

        terms.Clear();
        foreach (var c in contributions)
        {
            terms.Add(new Calculations.Term(c.Fact.Number!.Value, c.Fact.InferredDecimals!.Value, c.Weight));
        }

        var totalTerm = new Calculations.Term(total.Number.Value, total.InferredDecimals!.Value);
        var (d, t, s) = classic ? Calculations.Classic(totalTerm, terms) : Calculations.RoundToNearest(totalTerm, terms);
        if (s != t || inconsistentDuplicate)
        {
            Report(total, contributions, d, t, s, role, classic, diagnostics);
        }
    }

    private static void Report(FactInfo total, List<(FactInfo Fact, decimal Weight)> contributions, Decimals decimals, decimal roundedTotal, decimal roundedSum, string role, bool classic, DiagnosticBag diagnostics) =>
        diagnostics.Report(classic ? Codes.CalcInconsistencyClassic : Codes.CalcInconsistency, total.Span, contributions.Select(c => c.Fact.Span).ToList(),
            total.Concept.Display, total.ContextRef ?? string.Empty, N(roundedTotal), N(roundedSum), decimals.ToString(), role);

    private static string N(decimal d) => d.ToString("#,0.##########", CultureInfo.InvariantCulture);
}
