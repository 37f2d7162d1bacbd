using XbrlGen.Diagnostics;
using XbrlGen.Validation.Linkbases;
using XbrlGen.Validation.Profiles;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Instances;

/// <summary>
/// What an instance rule sees: the instance's compact model and its index of items by concept, context and unit, its
/// DTS (taxonomy and networks), the options, and the Units Registry when it is loaded.
/// </summary>
internal sealed record InstanceRuleContext(string Path, InstanceModel Model, Taxonomy Taxonomy, Networks Networks, ValidationOptions Options, UnitsRegistry? UnitsRegistry, FactIndex Index);

/// <summary>
/// One validation rule over an instance, apart from parsing: it reads the model and reports the catalog's codes
/// (<see cref="Codes"/>). Listed in <see cref="InstanceRules.RuleUnits"/>.
/// </summary>
internal interface IInstanceRule
{
    /// <summary>Whether the rule runs under these options; a profile's rules run only with the profile.</summary>
    bool Applies(ValidationOptions options) => true;

    void Check(InstanceRuleContext context, DiagnosticBag diagnostics);
}
