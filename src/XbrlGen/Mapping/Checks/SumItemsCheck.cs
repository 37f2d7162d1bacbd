using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>Every item of a line's sum is a line of the same table (XG0213).</summary>
internal sealed class SumItemsCheck : IMappingCheck
{
    public void Check(MappingCheckContext context, DiagnosticBag diagnostics)
    {
        foreach (var table in context.Mapping.Tables)
        {
            var keys = table.Lines.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var line in table.Lines.Where(l => context.Concepts.ContainsKey(l.Concept)))
            {
                foreach (var item in line.Sum.Where(i => !keys.Contains(i.Concept)))
                {
                    diagnostics.Report(Codes.UnmatchedSumItem, item.Span, line.Concept, item.Concept, table.Id);
                }
            }
        }
    }
}
