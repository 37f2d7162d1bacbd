using System.Globalization;
using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>
/// The cross-checks a mapping may declare (checks of the release against itself that are not summations), and running
/// the declared ones over the built facts. Failures are warnings with every line involved; the instance keeps the
/// figures as printed.
/// </summary>
public static class CrossChecks
{
    /// <summary>Every kind of cross-check, by the key that declares it. A new kind is one file and a line here.</summary>
    public static readonly IReadOnlyList<ICrossCheck> All =
    [
        new EqualCheck(),
        new RollForwardCheck(),
        new ProductCheck(),
    ];

    /// <summary>Runs the mapping's declared checks over the filing's facts; a check naming a concept no taxonomy has is a mapping error.</summary>
    public static void Run(MappingSet mapping, IReadOnlyList<Fact> facts, IReadOnlyDictionary<string, Concept> concepts, DiagnosticBag diagnostics)
    {
        // A check names concepts: their plain facts (totals), not a breakdown's facts on members.
        var byConcept = facts.Where(f => f.Value is not null && f.Context.Members.Count == 0).ToLookup(f => f.Concept.Name.Prefixed);
        foreach (var check in mapping.Checks)
        {
            if (check.Concepts.FirstOrDefault(c => !concepts.ContainsKey(c)) is { } unknown)
            {
                diagnostics.Report(Codes.UnknownConcept, check.Span, unknown);
                continue;
            }

            check.Kind.Check(check.Concepts.Select(c => (IReadOnlyList<Fact>)byConcept[c].ToList()).ToList(), diagnostics);
        }
    }

    /// <summary>A figure as the checks' messages show it: grouped thousands, at most two decimals.</summary>
    internal static string Show(Fact f) => Show(f.Value!.Value);

    /// <summary>A number as the checks' messages show it: grouped thousands, at most two decimals.</summary>
    internal static string Show(decimal d) => d.ToString("#,0.##", CultureInfo.InvariantCulture);
}
