using XbrlGen.Diagnostics;
using XbrlGen.Reading;

namespace XbrlGen.Mapping.Checks;

/// <summary>
/// What a mapping check sees: the release as read, the company's mapping as loaded, every concept known (base taxonomy
/// and extension), and the mapping's units resolved by key (null, reported, for a unit that cannot be resolved).
/// </summary>
internal sealed record MappingCheckContext(Release Release, MappingSet Mapping, IReadOnlyDictionary<string, Concept> Concepts, Func<string, SourceSpan, Unit?> UnitFor);

/// <summary>
/// One rule over the loaded mapping and the read release, run before any fact is built: it reports catalog entries
/// (<see cref="Codes"/>) and builds nothing. Listed in <see cref="MappingChecks.All"/>.
/// </summary>
internal interface IMappingCheck
{
    void Check(MappingCheckContext context, DiagnosticBag diagnostics);
}

/// <summary>Every mapping check, in the order their findings are reported; their errors do not stop the facts being built, so one run reports every problem.</summary>
internal static class MappingChecks
{
    /// <summary>Run before the others: its errors stop the build, as no fact can be dated without it.</summary>
    public static readonly IMappingCheck Periods = new ReleasePeriodsCheck();

    public static readonly IReadOnlyList<IMappingCheck> All =
    [
        new KnownConceptsCheck(),
        new OneLinePerConceptCheck(),
        new SumItemsCheck(),
        new LineUnitCheck(),
    ];

    public static void Run(MappingCheckContext context, DiagnosticBag diagnostics)
    {
        foreach (var check in All)
        {
            check.Check(context, diagnostics);
        }
    }
}
