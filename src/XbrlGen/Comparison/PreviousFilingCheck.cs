using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Validation;

namespace XbrlGen.Comparison;

/// <summary>
/// <c>generate --previous FILING</c>: the release's figures checked against the previous filing's facts of the same
/// concept, entity, period, dimensions and unit. These are the release's comparatives (last year's quarter, the last
/// year-end, the last quarter): a quarter's own figures have no fact there. Equal figures, and figures equal once
/// rounded to the coarser of the two decimals, are silent; any other difference is a warning (XG0330) on the release
/// line, naming the previous filing's fact. A previous filing of another entity is refused (XG0331), and one that
/// cannot be read is an error (XG0332).
/// </summary>
public static class PreviousFilingCheck
{
    public static void Run(Filing filing, string previous, TaxonomyCatalog catalog, DiagnosticBag diagnostics)
    {
        var bag = new DiagnosticBag();
        var before = FilingReader.Read(previous, catalog, bag);
        diagnostics.AddRange(bag.Items.Where(d => d.IsError));
        if (before is null || bag.Items.Any(d => d.IsError && d.Outcome == ExitOutcome.Unusable))
        {
            diagnostics.Report(Codes.PreviousFilingUnreadable, SourceSpan.ForFile(previous), previous);
            return;
        }

        Check(filing, before, diagnostics);
    }

    public static void Check(Filing filing, ComparedFiling previous, DiagnosticBag diagnostics)
    {
        var entities = filing.Contexts.Select(c => (c.Scheme, c.Identifier)).Distinct().ToList();
        var theirs = previous.Entities;
        if (entities.Count > 0 && !entities.Any(theirs.Contains))
        {
            diagnostics.Report(Codes.PreviousFilingOtherEntity, SourceSpan.ForFile(previous.Name), previous.Name,
                string.Join(", ", theirs.Select(e => e.Scheme + " " + e.Identifier).Order(StringComparer.Ordinal)),
                string.Join(", ", entities.Select(e => e.Scheme + " " + e.Identifier).Order(StringComparer.Ordinal)));
            return;
        }

        var filed = new Dictionary<FactKey, ComparedFact>();
        foreach (var fact in previous.Facts.Where(f => f.Number is not null))
        {
            filed.TryAdd(fact.Key, fact);
        }

        var contexts = new Dictionary<Context, string>(ReferenceEqualityComparer.Instance);
        foreach (var fact in filing.Facts)
        {
            if (fact.Value is not { } value || fact.Unit is not { } unit || fact.Sources.Count == 0)
            {
                continue;
            }

            if (!contexts.TryGetValue(fact.Context, out var contextKey))
            {
                contexts[fact.Context] = contextKey = ComparedFiling.ContextKey(fact.Context.Scheme, fact.Context.Identifier, InstancePeriod.From(fact.Context.Period),
                    fact.Context.Members.Select(m => "{" + m.Axis.Name.Namespace + "}" + m.Axis.Name.LocalName + "={" + m.Member.Name.Namespace + "}" + m.Member.Name.LocalName));
            }

            var key = ComparedFiling.KeyOf(fact.Concept.Name.Namespace, fact.Concept.Name.LocalName, contextKey, unit.MeasureKey, null);
            if (!filed.TryGetValue(key, out var was) || was.Number is not { } old)
            {
                continue;
            }

            var decimals = fact.Decimals ?? Xbrl.Decimals.Infinite;
            var coarser = Xbrl.Decimals.Min(decimals, was.Decimals ?? Xbrl.Decimals.Infinite);
            if (Calculations.Round(value, coarser) == Calculations.Round(old, coarser))
            {
                continue;
            }

            diagnostics.Report(Codes.PreviousFilingChanged, fact.Sources[0], [was.Span],
                fact.Concept.Name.Prefixed,
                fact.Context.Id + ", " + unit.Id,
                fact.Context.Period.ToString() ?? string.Empty,
                fact.Lexical,
                decimals.ToString(),
                old.ToString(CultureInfo.InvariantCulture),
                (was.Decimals ?? Xbrl.Decimals.Infinite).ToString(),
                FactComparer.Signed(value - old));
        }
    }
}
