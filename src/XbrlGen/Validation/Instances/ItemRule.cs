using XbrlGen.Diagnostics;
using XbrlGen.Validation.Profiles;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Instances;

/// <summary>
/// Each item on its own (XBRL 2.1 4.6 to 4.8): its context exists and fits its period type (4.6.1, 5.1.1.1), a numeric
/// item has a unit that exists and fits its type (4.6.2, 4.8.2, and by option the Units Registry), a non-numeric item
/// none, and decimals or precision as its kind allows (4.6.3).
/// </summary>
internal sealed class ItemRule : IInstanceRule
{
    public void Check(InstanceRuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var fact in context.Model.Facts)
        {
            if (fact.Concept.IsItem)
            {
                Check(fact, context.Model, context.Options, context.UnitsRegistry, diagnostics);
            }
        }
    }

    private static void Check(FactInfo fact, InstanceModel model, ValidationOptions options, UnitsRegistry? utr, DiagnosticBag diagnostics)
    {
        // The span is made only for a report: a valid fact needs none.
        var name = fact.Concept.Display;
        var contextRef = fact.ContextRef ?? string.Empty;
        if (model.ContextOf(fact) is not { } context)
        {
            diagnostics.Report(Codes.ContextMissing, fact.Span, name, contextRef);
        }
        else if ((fact.Concept.PeriodType == PeriodType.Instant) != context.Period is InstancePeriod.Instant)
        {
            diagnostics.Report(Codes.PeriodTypeMismatch, fact.Span, name, fact.Concept.PeriodType?.ToXml() ?? "?", contextRef, context.Period.Description);
        }

        if (!fact.Concept.IsNumeric)
        {
            if (fact.UnitRef is not null)
            {
                diagnostics.Report(Codes.UnitOnNonNumeric, fact.Span, name);
            }

            return;
        }

        if (fact.UnitRef is null)
        {
            diagnostics.Report(Codes.UnitRequired, fact.Span, name);
        }
        else
        {
            if (!model.Units.TryGetValue(fact.UnitRef, out var unit))
            {
                diagnostics.Report(Codes.UnitMissing, fact.Span, name, fact.UnitRef);
            }
            else
            {
                if (fact.Concept.IsMonetary && !unit.IsCurrency)
                {
                    diagnostics.Report(Codes.FactUnitMismatch, fact.Span, name, "monetaryItemType", fact.UnitRef);
                }
                else if (fact.Concept.IsShares && !unit.IsSingle(Taxonomy.Xbrli + "shares"))
                {
                    diagnostics.Report(Codes.FactUnitMismatch, fact.Span, name, "sharesItemType", fact.UnitRef);
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
                diagnostics.Report(Codes.PrecisionNotAllowed, fact.Span, name, "a fraction");
            }

            return;
        }

        if (fact.Nil)
        {
            if (fact.Decimals is not null || fact.Precision is not null)
            {
                diagnostics.Report(Codes.PrecisionNotAllowed, fact.Span, name, "a nil fact");
            }

            return;
        }

        if (fact.Decimals is not null && fact.Precision is not null)
        {
            diagnostics.Report(Codes.PrecisionAndDecimals, fact.Span, name);
        }
        else if (fact.Decimals is null && fact.Precision is null)
        {
            diagnostics.Report(Codes.DecimalsRequired, fact.Span, name);
        }
    }
}
