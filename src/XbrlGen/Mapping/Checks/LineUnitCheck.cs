using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>A unit a line declares fits its concept's item type (XG0204): shares for a shares item, a currency for a monetary one.</summary>
internal sealed class LineUnitCheck : IMappingCheck
{
    public void Check(MappingCheckContext context, DiagnosticBag diagnostics)
    {
        foreach (var line in context.Mapping.Tables.SelectMany(t => t.Lines).Where(l => l.Unit is not null))
        {
            if (context.Concepts.TryGetValue(line.Concept, out var concept) && context.UnitFor(line.Unit!, line.Span) is { } unit && !unit.Fits(concept.ItemType))
            {
                diagnostics.Report(Codes.UnitTypeMismatch, line.Span, line.Unit!, concept.ItemType, line.Concept);
            }
        }
    }
}
