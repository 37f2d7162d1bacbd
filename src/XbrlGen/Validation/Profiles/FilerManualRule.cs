using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Linkbases;
using XbrlGen.Xbrl;

namespace XbrlGen.Validation.Profiles;

/// <summary>
/// The filer-manual profile (<c>--profile efm</c>): the EDGAR Filer Manual rules that apply to an instance of a non-SEC
/// taxonomy. Unused and duplicate contexts and units, precision, truncating decimals, one entity identifier, the
/// document-period context, label text, and calculation cycles.
/// </summary>
internal sealed class FilerManualRule : IInstanceRule
{
    public bool Applies(ValidationOptions options) => options.FilerManual;

    public void Check(InstanceRuleContext context, DiagnosticBag diagnostics) => Check(context.Path, context.Model, context.Networks, diagnostics);

    private static DiagnosticDescriptor Error(DiagnosticDescriptor d) => d with { Severity = Severity.Error };

    public static void Check(string path, InstanceModel model, Networks networks, DiagnosticBag diagnostics)
    {
        var usedContexts = model.Facts.Select(f => f.ContextRef).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var usedUnits = model.Facts.Select(f => f.UnitRef).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var c in model.Contexts.Values.Where(c => !usedContexts.Contains(c.Id)))
        {
            diagnostics.Report(Error(Codes.UnusedContext), c.Span, c.Id);
        }

        foreach (var u in model.Units.Values.Where(u => !usedUnits.Contains(u.Id)))
        {
            diagnostics.Report(Error(Codes.UnusedUnit), u.Span ?? SourceSpan.ForFile(path), u.Id);
        }

        foreach (var group in model.Contexts.Values.GroupBy(c => c.EqualityKey).Where(g => g.Count() > 1))
        {
            var list = group.ToList();
            diagnostics.Report(Error(Codes.DuplicateContext), list[1].Span, list[0].Id, list[1].Id);
        }

        foreach (var group in model.Units.Values.GroupBy(u => u.MeasureKey).Where(g => g.Count() > 1))
        {
            var list = group.ToList();
            diagnostics.Report(Error(Codes.DuplicateUnit), list[1].Span ?? SourceSpan.ForFile(path), list[0].Id, list[1].Id);
        }

        var entities = model.Contexts.Values.Select(c => (c.Scheme, c.Identifier)).Distinct().ToList();
        foreach (var c in model.Contexts.Values.Where(c => entities.Count > 1 && (c.Scheme, c.Identifier) != entities[0]))
        {
            diagnostics.Report(Error(Codes.EntityIdentifierVaries), c.Span, c.Id, c.Identifier, entities[0].Identifier);
        }

        foreach (var f in model.Facts.Where(f => f.Concept.IsNumeric && !f.Nil))
        {
            if (f.Precision is not null)
            {
                diagnostics.Report(Error(Codes.PrecisionUsed), f.Span, f.Concept.Display);
            }
            else if (f.Number is { } n && f.InferredDecimals is { } d && Calculations.Round(n, d) != n)
            {
                diagnostics.Report(Codes.DecimalsTruncate, f.Span, f.Concept.Display, f.Value.Trim(), d.ToString(CultureInfo.InvariantCulture));
            }
        }

        Cik(model, diagnostics);
        DocumentPeriod(path, model, diagnostics);
        Labels(networks, diagnostics);
        foreach (var role in networks.Effective.Where(r => r.Arcrole == Networks.SummationItem).GroupBy(r => r.LinkRole))
        {
            var edges = role.Select(r => (r.From, r.To, r)).DistinctBy(e => (e.From, e.To)).ToList();
            if (NetworkCycles.Directed(edges) is { } cycle)
            {
                diagnostics.Report(Codes.CalculationCycle, SafeXml.Span(cycle.File, cycle.Arc), role.Key);
            }
        }
    }

    /// <summary>A CIK is 10 digits: the entity identifier under the SEC's scheme, and the dei:EntityCentralIndexKey fact.</summary>
    private static void Cik(InstanceModel model, DiagnosticBag diagnostics)
    {
        static bool IsCik(string s) => s.Length == 10 && s.All(char.IsAsciiDigit);
        foreach (var c in model.Contexts.Values.Where(c => c.Scheme.Trim() == XbrlNamespaces.CikScheme && !IsCik(c.Identifier.Trim())).DistinctBy(c => c.Identifier))
        {
            diagnostics.Report(Codes.CikNotTenDigits, c.Span, "the entity identifier of context '" + c.Id + "'", c.Identifier.Trim());
        }

        foreach (var f in model.Facts.Where(f => f.Concept.Name.Name == "EntityCentralIndexKey" && !f.Nil && !IsCik(f.Value.Trim())))
        {
            diagnostics.Report(Codes.CikNotTenDigits, f.Span, "dei:EntityCentralIndexKey", f.Value.Trim());
        }
    }

    /// <summary>The document type fact's context is the document period: a duration without dimensions ending on the period end date.</summary>
    private static void DocumentPeriod(string path, InstanceModel model, DiagnosticBag diagnostics)
    {
        var type = model.Facts.FirstOrDefault(f => f.Concept.Name.Name == "DocumentType");
        var end = model.Facts.FirstOrDefault(f => f.Concept.Name.Name == "DocumentPeriodEndDate");
        if (type?.ContextRef is null || !model.Contexts.TryGetValue(type.ContextRef, out var context) || context.Period is not InstancePeriod.Duration || context.HasSegmentOrScenario
            || (end is not null && DateOnly.TryParse(end.Value.Trim(), CultureInfo.InvariantCulture, out var date) && date != context.Period.EndDate))
        {
            diagnostics.Report(Codes.DocumentPeriodContext, type?.Span ?? SourceSpan.ForFile(path));
        }
    }

    private static void Labels(Networks networks, DiagnosticBag diagnostics)
    {
        foreach (var rel in networks.Effective.Where(r => r.Arcrole == Networks.ConceptLabel && !r.File.Contains("www.xbrl.org", StringComparison.Ordinal)))
        {
            var text = rel.To.Value;
            if (text != text.Trim() || text.Contains("  ", StringComparison.Ordinal))
            {
                diagnostics.Report(Codes.LabelWhitespace, SafeXml.Span(rel.File, rel.To), text);
            }

            if (text.Contains('<', StringComparison.Ordinal) || rel.To.Elements().Any())
            {
                diagnostics.Report(Codes.LabelLessThan, SafeXml.Span(rel.File, rel.To), text);
            }
        }
    }
}
