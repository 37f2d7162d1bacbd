using XbrlGen.Diagnostics;

namespace XbrlGen.Validation.Instances;

/// <summary>
/// Duplicate items (XBRL 2.1 4.10: same concept, c-equal context, u-equal unit, same parent and language): inconsistent
/// duplicates are errors, and with <c>--duplicates error</c> any duplicate is.
/// </summary>
internal sealed class DuplicateRule : IInstanceRule
{
    public void Check(InstanceRuleContext context, DiagnosticBag diagnostics) => Duplicates(context.Index, context.Options, diagnostics);

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
}

/// <summary>How duplicate facts (XBRL 2.1 4.10) relate: the same value and precision, equal within the lower precision, or not.</summary>
public enum DuplicateKind
{
    Complete,
    Consistent,
    Inconsistent,
}
