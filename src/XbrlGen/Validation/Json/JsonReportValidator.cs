using XbrlGen.Diagnostics;
using XbrlGen.Validation.Dimensions;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Profiles;

namespace XbrlGen.Validation.Json;

/// <summary>
/// Validates an xBRL-JSON report: read as <see cref="JsonReportReader"/> reads it (its structure, concepts, periods,
/// units and values), its taxonomy as an instance's DTS, then the same XBRL 2.1 rules, calculations and XBRL Dimensions
/// rules an instance gets, over the same model.
/// </summary>
public static class JsonReportValidator
{
    public static InstanceContent? Validate(string path, TaxonomyCatalog catalog, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var bag = new DiagnosticBag();
        var content = JsonReportReader.Read(path, catalog, options, bag);
        if (content is not null && !bag.Items.Any(d => d.IsError && d.Outcome == ExitOutcome.Unusable))
        {
            var utr = options.UnitsRegistry ? UnitsRegistry.Load(catalog, options.Caches, bag) : null;
            InstanceRules.Check(path, content.Model, content.Taxonomy, content.Networks, options, utr, bag);
            if (content.Dimensions is { } dimensions)
            {
                DimensionalRules.Check(content.Model, dimensions, bag);
            }
        }

        // What the rules say of the report's made-up header (its schemaRefs) is said of the report.
        var header = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, JsonReportReader.HeaderFolderPrefix);
        bag.Relocate(header, path + "#");
        foreach (var d in bag.Items)
        {
            diagnostics.Add(d.Span.File.StartsWith(path + "#", StringComparison.Ordinal) ? d with { Span = SourceSpan.ForFile(path) } : d);
        }

        return content;
    }
}
