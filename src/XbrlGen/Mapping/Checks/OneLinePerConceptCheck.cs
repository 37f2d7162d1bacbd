using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>
/// Within a table, two lines do not map to the same line item (concept and members) for the same period role: one
/// concept holds one value per context (XG0205).
/// </summary>
internal sealed class OneLinePerConceptCheck : IMappingCheck
{
    public void Check(MappingCheckContext context, DiagnosticBag diagnostics)
    {
        foreach (var table in context.Mapping.Tables)
        {
            var seen = new Dictionary<(string, PeriodRole), LineMap>();
            foreach (var line in table.Lines.Where(l => context.Concepts.ContainsKey(l.Concept)))
            {
                if (!seen.TryAdd((line.Key, line.PeriodRole), line))
                {
                    var first = seen[(line.Key, line.PeriodRole)];
                    diagnostics.Report(Codes.TwoLinesOneConcept, line.Span, [first.Span], first.LabelEn, line.LabelEn, line.Key);
                }
            }
        }
    }
}
