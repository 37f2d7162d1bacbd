using XbrlGen.Diagnostics;
using XbrlGen.Validation.Calculation;
using XbrlGen.Validation.Linkbases;
using XbrlGen.Validation.Profiles;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Instances;

/// <summary>
/// The XBRL 2.1 rules on an instance that XML Schema cannot express, over the compact model of its facts: references
/// to contexts and units, period and unit fit, decimals and precision, duplicates, calculation binding, essence-alias
/// and requires-element, footnotes; and, by option, the Units Registry and filer-manual rules.
/// </summary>
internal static class InstanceRules
{
    /// <summary>
    /// The rules, each a unit of its own in <c>Validation/Rules/</c>, in the order they run. A new rule is a file there,
    /// its descriptor in the catalog (<see cref="Codes"/>), and a line here.
    /// </summary>
    public static readonly IReadOnlyList<IInstanceRule> RuleUnits =
    [
        new ItemRule(),
        new DuplicateRule(),
        new CalculationRule(),
        new EssenceAliasRule(),
        new RequiresElementRule(),
        new FootnoteRule(),
        new FilerManualRule(),
    ];

    public static void Check(string path, InstanceModel model, Taxonomy taxonomy, Networks networks, ValidationOptions options, UnitsRegistry? utr, DiagnosticBag diagnostics)
    {
        var context = new InstanceRuleContext(path, model, taxonomy, networks, options, utr, FactIndex.Build(model));
        foreach (var rule in RuleUnits.Where(r => r.Applies(options)))
        {
            rule.Check(context, diagnostics);
        }
    }
}
