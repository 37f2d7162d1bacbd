using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Rules;

namespace XbrlGen.Validation;

/// <summary>
/// The XBRL 2.1 rules on an instance that XML Schema cannot express, over the compact model of its facts: references
/// to contexts and units, period and unit fit, decimals and precision, duplicates, calculation binding, essence-alias
/// and requires-element, footnotes; and, by option, the Units Registry and filer-manual rules.
/// </summary>
internal static class InstanceRules
{
    /// <summary>
    /// The rules that are units of their own (<c>Validation/Rules/</c>), in the order they run, after the item,
    /// duplicate and calculation checks above, which share the fact index. A new rule is a file there and a line here.
    /// </summary>
    public static readonly IReadOnlyList<IInstanceRule> RuleUnits =
    [
        new EssenceAliasRule(),
        new RequiresElementRule(),
        new FootnoteRule(),
        new FilerManualRule(),
    ];

    public static void Check(string path, InstanceModel model, Taxonomy taxonomy, Networks networks, ValidationOptions options, UnitsRegistry? utr, DiagnosticBag diagnostics)
    {
        foreach (var fact in model.Facts)
        {
            if (fact.Concept.IsItem)
            {
                CheckItem(fact, model, options, utr, diagnostics);
            }
        }

        var index = FactIndex.Build(model);
        Duplicates(index, options, diagnostics);
        CalculationBinding(model, networks, index, options, diagnostics);
        var context = new InstanceRuleContext(path, model, taxonomy, networks, options);
        foreach (var rule in RuleUnits.Where(r => r.Applies(options)))
        {
            rule.Check(context, diagnostics);
        }
    }

    private static void CheckItem(FactInfo fact, InstanceModel model, ValidationOptions options, UnitsRegistry? utr, DiagnosticBag diagnostics)
    {
        var name = fact.Concept.Display;
        var span = fact.Span;
        var contextRef = fact.ContextRef ?? string.Empty;
        if (model.ContextOf(fact) is not { } context)
        {
            diagnostics.Report(Codes.ContextMissing, span, name, contextRef);
        }
        else if ((fact.Concept.PeriodType == "instant") != context.Period is InstancePeriod.Instant)
        {
            diagnostics.Report(Codes.PeriodTypeMismatch, span, name, fact.Concept.PeriodType ?? "?", contextRef, context.Period.Description);
        }

        if (!fact.Concept.IsNumeric)
        {
            if (fact.UnitRef is not null)
            {
                diagnostics.Report(Codes.UnitOnNonNumeric, span, name);
            }

            return;
        }

        if (fact.UnitRef is null)
        {
            diagnostics.Report(Codes.UnitRequired, span, name);
        }
        else
        {
            if (!model.Units.TryGetValue(fact.UnitRef, out var unit))
            {
                diagnostics.Report(Codes.UnitMissing, span, name, fact.UnitRef);
            }
            else
            {
                if (fact.Concept.IsMonetary && (unit.Denominator.Count != 0 || unit.Numerator.Count != 1 || unit.Numerator[0].NamespaceName != XbrlNamespaces.Iso4217))
                {
                    diagnostics.Report(Codes.FactUnitMismatch, span, name, "monetaryItemType", fact.UnitRef);
                }
                else if (fact.Concept.IsShares && !unit.IsSingle(Taxonomy.Xbrli + "shares"))
                {
                    diagnostics.Report(Codes.FactUnitMismatch, span, name, "sharesItemType", fact.UnitRef);
                }
                else if (options.UnitsRegistry)
                {
                    utr?.Check(fact, unit, diagnostics);
                }
            }
        }

        if (fact.Concept.IsFraction)
        {
            if (fact.Decimals is not null || fact.Precision is not null)
            {
                diagnostics.Report(Codes.PrecisionNotAllowed, span, name, "a fraction");
            }

            return;
        }

        if (fact.Nil)
        {
            if (fact.Decimals is not null || fact.Precision is not null)
            {
                diagnostics.Report(Codes.PrecisionNotAllowed, span, name, "a nil fact");
            }

            return;
        }

        if (fact.Decimals is not null && fact.Precision is not null)
        {
            diagnostics.Report(Codes.PrecisionAndDecimals, span, name);
        }
        else if (fact.Decimals is null && fact.Precision is null)
        {
            diagnostics.Report(Codes.DecimalsRequired, span, name);
        }
    }

    private static void Duplicates(FactIndex index, ValidationOptions options, DiagnosticBag diagnostics)
    {
        foreach (var list in index.Groups().Where(l => l.Count > 1))
        {
            var kind = Classify(list);
            if (options.DuplicatesAreErrors)
            {
                diagnostics.Report(Codes.DuplicateFact, list[1].Span, [list[0].Span], list[0].Concept.Display, list[0].ContextRef ?? string.Empty, kind.ToString().ToLowerInvariant());
            }
            else if (kind == DuplicateKind.Inconsistent)
            {
                diagnostics.Report(Codes.DuplicateInconsistent, list[1].Span, [list[0].Span], list[0].Concept.Display, list[0].ContextRef ?? string.Empty, list[0].Value.Trim(), list[1].Value.Trim());
            }
        }
    }

    /// <summary>Complete (same value and precision), consistent (equal within the lower precision) or inconsistent.</summary>
    public static DuplicateKind Classify(IReadOnlyList<FactInfo> copies)
    {
        if (copies.Count == 1)
        {
            return DuplicateKind.Complete;
        }

        var nonNil = copies.Where(c => !c.Nil).ToList();
        if (nonNil.Count == 0)
        {
            return DuplicateKind.Complete;
        }

        if (nonNil.Count != copies.Count)
        {
            return DuplicateKind.Inconsistent;
        }

        if (!copies[0].Concept.IsNumeric || copies[0].Concept.IsFraction)
        {
            var first = copies[0].Value;
            return copies.All(c => c.Value == first) ? DuplicateKind.Complete : copies.All(c => c.Value.Trim() == first.Trim()) ? DuplicateKind.Consistent : DuplicateKind.Inconsistent;
        }

        if (copies.Any(c => c.Number is null))
        {
            return copies.All(c => c.Value.Trim() == copies[0].Value.Trim()) ? DuplicateKind.Complete : DuplicateKind.Inconsistent;
        }

        if (copies.All(c => c.Number == copies[0].Number && c.InferredDecimals == copies[0].InferredDecimals))
        {
            return DuplicateKind.Complete;
        }

        return Calculations.Consistent(copies.Select(c => (c.Number!.Value, c.InferredDecimals!.Value)).ToList()) ? DuplicateKind.Consistent : DuplicateKind.Inconsistent;
    }

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

                if (!classic && Classify(copies) == DuplicateKind.Inconsistent)
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

        if (!classic && Classify(totalCopies) == DuplicateKind.Inconsistent)
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

/// <summary>How duplicate facts (XBRL 2.1 4.10) relate: the same value and precision, equal within the lower precision, or not.</summary>
public enum DuplicateKind
{
    Complete,
    Consistent,
    Inconsistent,
}
