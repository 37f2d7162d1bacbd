using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Validation;

/// <summary>
/// The XBRL 2.1 rules XML Schema cannot express, on a schema-valid instance: references to contexts and units, period
/// and unit fit, decimals, duplicate facts, calculations, and (by option) filer-manual and label rules.
/// </summary>
internal static class InstanceRules
{
    private static readonly XNamespace Xbrli = "http://www.xbrl.org/2003/instance";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Check(string path, XDocument doc, Dts dts, ValidationOptions options, DiagnosticBag diagnostics)
    {
        var root = doc.Root!;
        var contexts = new Dictionary<string, (Context Context, XElement Element)>(StringComparer.Ordinal);
        foreach (var el in root.Elements(Xbrli + "context"))
        {
            var id = (string?)el.Attribute("id") ?? string.Empty;
            var identifier = el.Element(Xbrli + "entity")?.Element(Xbrli + "identifier");
            var period = el.Element(Xbrli + "period");
            Period? p = null;
            if (period?.Element(Xbrli + "instant") is { } instant)
            {
                p = new InstantPeriod(DateOnly.FromDateTime(ParseDate(instant.Value)));
            }
            else if (period?.Element(Xbrli + "startDate") is { } s && period.Element(Xbrli + "endDate") is { } e)
            {
                var start = DateOnly.FromDateTime(ParseDate(s.Value));
                var end = DateOnly.FromDateTime(ParseDate(e.Value));
                if (start > end)
                {
                    diagnostics.Report(XbrlCodes.PeriodDates, SafeXml.Span(path, el), id, s.Value.Trim(), e.Value.Trim());
                }

                p = new DurationPeriod(start, end);
            }

            var ctx = new Context(id, (string?)identifier?.Attribute("scheme") ?? string.Empty, identifier?.Value.Trim() ?? string.Empty, p ?? new InstantPeriod(default));
            contexts[id] = (ctx, el);
        }

        var units = new Dictionary<string, (Unit Unit, XElement Element)>(StringComparer.Ordinal);
        foreach (var el in root.Elements(Xbrli + "unit"))
        {
            var id = (string?)el.Attribute("id") ?? string.Empty;
            var divide = el.Element(Xbrli + "divide");
            var num = (divide?.Element(Xbrli + "unitNumerator") ?? el).Elements(Xbrli + "measure").Select(m => Measure(m)).ToList();
            var den = divide?.Element(Xbrli + "unitDenominator")?.Elements(Xbrli + "measure").Select(m => Measure(m)).ToList() ?? [];
            units[id] = (new Unit(id, num, den), el);
        }

        var facts = new List<Fact>();
        var usedContexts = new HashSet<string>(StringComparer.Ordinal);
        var usedUnits = new HashSet<string>(StringComparer.Ordinal);
        foreach (var el in root.Elements())
        {
            if (el.Name.Namespace == Xbrli || el.Name.Namespace == Dts.Link)
            {
                continue;
            }

            var span = SafeXml.Span(path, el);
            var name = el.Name.LocalName;
            if (!dts.ConceptsByName.TryGetValue("{" + el.Name.NamespaceName + "}" + el.Name.LocalName, out var concept))
            {
                diagnostics.Report(XbrlCodes.UnknownConcept, span, el.Name.ToString());
                continue;
            }

            var contextRef = (string?)el.Attribute("contextRef") ?? string.Empty;
            usedContexts.Add(contextRef);
            if (!contexts.TryGetValue(contextRef, out var context))
            {
                diagnostics.Report(XbrlCodes.ContextMissing, span, name, contextRef);
                continue;
            }

            var isPeriodInstant = context.Context.Period is InstantPeriod;
            if ((concept.PeriodType == PeriodType.Instant) != isPeriodInstant)
            {
                diagnostics.Report(XbrlCodes.PeriodTypeMismatch, span, name, concept.PeriodType.ToString().ToLowerInvariant(), contextRef, isPeriodInstant ? "an instant" : "a duration");
            }

            var unitRef = (string?)el.Attribute("unitRef");
            if (!concept.IsNumeric)
            {
                if (unitRef is not null)
                {
                    diagnostics.Report(XbrlCodes.UnitOnNonNumeric, span, name);
                }

                continue;
            }

            if (unitRef is null)
            {
                diagnostics.Report(XbrlCodes.UnitRequired, span, name);
                continue;
            }

            usedUnits.Add(unitRef);
            if (!units.TryGetValue(unitRef, out var unit))
            {
                diagnostics.Report(XbrlCodes.UnitMissing, span, name, unitRef);
                continue;
            }

            if (!unit.Unit.Fits(concept.ItemType))
            {
                diagnostics.Report(XbrlCodes.UnitTypeMismatch, span, name, concept.ItemType, unitRef);
            }

            var nil = (string?)el.Attribute(Xsi + "nil") is "true" or "1";
            var decimalsText = (string?)el.Attribute("decimals");
            var precision = el.Attribute("precision");
            if (!nil && decimalsText is null && precision is null)
            {
                diagnostics.Report(XbrlCodes.DecimalsRequired, span, name);
                continue;
            }

            if (precision is not null)
            {
                diagnostics.Report(options.FilerManual ? Escalate(XbrlCodes.PrecisionUsed) : XbrlCodes.PrecisionUsed, span, name);
            }

            if (nil || !decimal.TryParse(el.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            int? decimals = decimalsText is null || decimalsText == "INF" ? null : int.Parse(decimalsText, CultureInfo.InvariantCulture);
            facts.Add(new Fact(concept, context.Context, unit.Unit, value, decimals, null, [span]));
        }

        Duplicates(facts, diagnostics);
        Waste(path, contexts, units, usedContexts, usedUnits, options, diagnostics);
        var roles = CalculationRoles(dts).ToList();
        foreach (var bad in Calculations.Check(facts, roles, options.Calculation))
        {
            diagnostics.Report(XbrlCodes.CalcInconsistency, bad.Total.Sources[0], bad.Items.SelectMany(i => i.Fact.Sources).ToList(),
                bad.Total.Concept, bad.Total.Context.Id, N(bad.RoundedTotal), N(bad.RoundedSum), bad.Decimals, bad.RoleUri);
        }

        if (options.RequiredLabelLanguages.Count > 0)
        {
            Labels(path, root, dts, options.RequiredLabelLanguages, diagnostics);
        }
    }

    private static DiagnosticDescriptor Escalate(DiagnosticDescriptor d) => d with { Severity = Severity.Error };

    private static string N(decimal d) => d.ToString("#,0.##########", CultureInfo.InvariantCulture);

    private static DateTime ParseDate(string text) =>
        DateTime.Parse(text.Trim()[..Math.Min(10, text.Trim().Length)], CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static QName Measure(XElement m)
    {
        var text = m.Value.Trim();
        var i = text.IndexOf(':', StringComparison.Ordinal);
        var prefix = i < 0 ? string.Empty : text[..i];
        var ns = m.GetNamespaceOfPrefix(prefix)?.NamespaceName ?? (i < 0 ? m.GetDefaultNamespace().NamespaceName : string.Empty);
        return new QName(prefix, ns, i < 0 ? text : text[(i + 1)..]);
    }

    private static void Duplicates(List<Fact> facts, DiagnosticBag diagnostics)
    {
        foreach (var group in facts.GroupBy(f => (f.Concept.Name, f.Context.Id, f.Unit!.Id)).Where(g => g.Count() > 1))
        {
            if (Calculations.Choose(group.ToList()) is null)
            {
                var list = group.ToList();
                diagnostics.Report(XbrlCodes.DuplicateInconsistent, list[1].Sources[0], [list[0].Sources[0]], group.Key.Name, group.Key.Item2, list[0].Lexical, list[1].Lexical);
            }
        }
    }

    private static void Waste(string path, Dictionary<string, (Context Context, XElement Element)> contexts, Dictionary<string, (Unit Unit, XElement Element)> units,
        HashSet<string> usedContexts, HashSet<string> usedUnits, ValidationOptions options, DiagnosticBag diagnostics)
    {
        DiagnosticDescriptor Level(DiagnosticDescriptor d) => options.FilerManual ? Escalate(d) : d;
        foreach (var (id, (_, el)) in contexts.Where(c => !usedContexts.Contains(c.Key)))
        {
            diagnostics.Report(Level(XbrlCodes.UnusedContext), SafeXml.Span(path, el), id);
        }

        foreach (var (id, (_, el)) in units.Where(u => !usedUnits.Contains(u.Key)))
        {
            diagnostics.Report(Level(XbrlCodes.UnusedUnit), SafeXml.Span(path, el), id);
        }

        foreach (var group in contexts.Values.GroupBy(c => (c.Context.Scheme, c.Context.Identifier, c.Context.Period.Key, Segment: c.Element.Element(Xbrli + "entity")?.Element(Xbrli + "segment")?.ToString(), Scenario: c.Element.Element(Xbrli + "scenario")?.ToString())).Where(g => g.Count() > 1))
        {
            var list = group.ToList();
            diagnostics.Report(Level(XbrlCodes.DuplicateContext), SafeXml.Span(path, list[1].Element), list[0].Context.Id, list[1].Context.Id);
        }

        foreach (var group in units.Values.GroupBy(u => u.Unit.MeasureKey).Where(g => g.Count() > 1))
        {
            var list = group.ToList();
            diagnostics.Report(Level(XbrlCodes.DuplicateUnit), SafeXml.Span(path, list[1].Element), list[0].Unit.Id, list[1].Unit.Id);
        }

        var entities = contexts.Values.Select(c => (c.Context.Scheme, c.Context.Identifier)).Distinct().ToList();
        if (entities.Count > 1)
        {
            var first = entities[0];
            foreach (var c in contexts.Values.Where(c => (c.Context.Scheme, c.Context.Identifier) != first))
            {
                diagnostics.Report(Level(XbrlCodes.EntityIdentifierVaries), SafeXml.Span(path, c.Element), c.Context.Id, c.Context.Identifier, first.Identifier);
            }
        }
    }

    /// <summary>The summation-item relationships of the DTS's calculation links, by role.</summary>
    private static IEnumerable<StatementRole> CalculationRoles(Dts dts)
    {
        foreach (var linkbase in dts.Linkbases)
        {
            var baseUri = new Uri(linkbase.Uri);
            foreach (var link in linkbase.Xml.Root!.Elements(Dts.Link + "calculationLink"))
            {
                var role = (string?)link.Attribute(Dts.XLink + "role") ?? string.Empty;
                var locs = link.Elements(Dts.Link + "loc")
                    .Select(l => ((string?)l.Attribute(Dts.XLink + "label") ?? string.Empty, dts.ConceptAt(baseUri, (string?)l.Attribute(Dts.XLink + "href") ?? string.Empty)))
                    .Where(l => l.Item2 is not null)
                    .GroupBy(l => l.Item1).ToDictionary(g => g.Key, g => g.Select(x => x.Item2!).ToList());
                var rels = new List<Relationship>();
                foreach (var arc in link.Elements(Dts.Link + "calculationArc"))
                {
                    if ((string?)arc.Attribute(Dts.XLink + "arcrole") != "http://www.xbrl.org/2003/arcrole/summation-item" || (string?)arc.Attribute("use") == "prohibited")
                    {
                        continue;
                    }

                    var weight = decimal.Parse((string?)arc.Attribute("weight") ?? "1", NumberStyles.Float, CultureInfo.InvariantCulture);
                    foreach (var from in locs.GetValueOrDefault((string?)arc.Attribute(Dts.XLink + "from") ?? string.Empty) ?? [])
                    {
                        foreach (var to in locs.GetValueOrDefault((string?)arc.Attribute(Dts.XLink + "to") ?? string.Empty) ?? [])
                        {
                            rels.Add(new Relationship(from, to, rels.Count, weight));
                        }
                    }
                }

                if (rels.Count > 0)
                {
                    yield return new StatementRole(role, role, role, 0, rels[0].Parent, [], rels);
                }
            }
        }
    }

    private static void Labels(string path, XElement root, Dts dts, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var have = new HashSet<(string Concept, string Lang)>();
        foreach (var linkbase in dts.Linkbases)
        {
            var baseUri = new Uri(linkbase.Uri);
            foreach (var link in linkbase.Xml.Root!.Elements(Dts.Link + "labelLink"))
            {
                var locs = link.Elements(Dts.Link + "loc").ToLookup(l => (string?)l.Attribute(Dts.XLink + "label") ?? string.Empty, l => dts.ConceptAt(baseUri, (string?)l.Attribute(Dts.XLink + "href") ?? string.Empty));
                var labels = link.Elements(Dts.Link + "label").ToLookup(l => (string?)l.Attribute(Dts.XLink + "label") ?? string.Empty);
                foreach (var arc in link.Elements(Dts.Link + "labelArc"))
                {
                    foreach (var concept in locs[(string?)arc.Attribute(Dts.XLink + "from") ?? string.Empty].OfType<Concept>())
                    {
                        foreach (var label in labels[(string?)arc.Attribute(Dts.XLink + "to") ?? string.Empty])
                        {
                            if (((string?)label.Attribute(Dts.XLink + "role") ?? "http://www.xbrl.org/2003/role/label") == "http://www.xbrl.org/2003/role/label")
                            {
                                have.Add((concept.Name.Prefixed, (string?)label.Attribute(XNamespace.Xml + "lang") ?? string.Empty));
                            }
                        }
                    }
                }
            }
        }

        foreach (var el in root.Elements().Where(e => e.Name.Namespace != Xbrli && e.Name.Namespace != Dts.Link))
        {
            if (dts.ConceptsByName.TryGetValue("{" + el.Name.NamespaceName + "}" + el.Name.LocalName, out var concept))
            {
                foreach (var lang in languages.Where(lang => !have.Contains((concept.Name.Prefixed, lang))))
                {
                    have.Add((concept.Name.Prefixed, lang));
                    diagnostics.Report(XbrlCodes.LabelMissing, SafeXml.Span(path, el), concept.Name.Prefixed, lang);
                }
            }
        }
    }
}
