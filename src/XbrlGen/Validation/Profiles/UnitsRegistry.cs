using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Profiles;

/// <summary>
/// The XBRL Units Registry (<c>utr.xml</c>): which measures exist in the registry's namespaces, and which simple units
/// each registered item type allows. Loaded from the taxonomy package through the catalog, never from the network.
/// </summary>
public sealed class UnitsRegistry
{
    public const string Url = "http://www.xbrl.org/utr/utr.xml";
    private static readonly XNamespace U = "http://www.xbrl.org/2009/utr";

    private readonly HashSet<XName> _measures = [];
    private readonly Dictionary<string, HashSet<XName>> _byItemType = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(XbrlConcept, string), bool> _checked = new();
    public static UnitsRegistry? Load(TaxonomyCatalog catalog, ValidationCaches caches, DiagnosticBag diagnostics)
    {
        var local = catalog.Resolve(Url);
        if (local is null || !catalog.Files.Exists(local))
        {
            diagnostics.Report(Codes.XmlRefUnresolved, SourceSpan.ForFile(Url), Url, "not in the taxonomy package");
            return null;
        }

        // Read once per cache owner while the file is unchanged.
        var written = catalog.Files.LastWriteTimeUtc(local);
        if (caches.UnitsRegistries.TryGetValue(local, out var cached) && cached.Written == written)
        {
            return cached.Registry;
        }

        var doc = SafeXml.Load(catalog.Files.Source(local), diagnostics);
        if (doc?.Root is null)
        {
            return null;
        }

        var registry = new UnitsRegistry();
        foreach (var unit in doc.Root.Descendants(U + "unit"))
        {
            if ((string?)unit.Element(U + "status") is "DEPRECATED" || unit.Element(U + "numeratorItemType") is not null)
            {
                continue;
            }

            var ns = ((string?)unit.Element(U + "nsUnit"))?.Trim();
            var id = ((string?)unit.Element(U + "unitId"))?.Trim();
            if (ns is null || id is null)
            {
                continue;
            }

            var measure = XName.Get(id, ns);
            registry._measures.Add(measure);
            registry._namespaces.Add(ns);
            if (((string?)unit.Element(U + "itemType"))?.Trim() is { Length: > 0 } itemType)
            {
                if (!registry._byItemType.TryGetValue(itemType, out var set))
                {
                    registry._byItemType[itemType] = set = [];
                }

                set.Add(measure);
            }
        }

        registry._namespaces.Remove(Taxonomy.XbrliNs);
        caches.UnitsRegistries[local] = (written, registry);
        return registry;
    }

    /// <summary>Checks a numeric fact's unit: registered measures only in the registry's namespaces, and the units its item type allows.</summary>
    public void Check(FactInfo fact, Unit unit, DiagnosticBag diagnostics)
    {
        // The verdict depends only on the concept and the unit: facts that repeat a clean pair are not checked again.
        if (_checked.TryGetValue((fact.Concept, unit.MeasureKey), out var clean) && clean)
        {
            return;
        }

        _checked[(fact.Concept, unit.MeasureKey)] = CheckUncached(fact, unit, diagnostics);
    }

    /// <summary>Checks one fact's unit; true if it is clean.</summary>
    private bool CheckUncached(FactInfo fact, Unit unit, DiagnosticBag diagnostics)
    {
        foreach (var m in unit.Numerator.Concat(unit.Denominator))
        {
            if (_namespaces.Contains(m.Namespace) && !_measures.Contains(m.Expanded))
            {
                diagnostics.Report(Codes.UtrUnknownMeasure, fact.Span, unit.Id, m.LocalName);
                return false;
            }
        }

        if (unit.Denominator.Count > 0 || unit.Numerator.Count != 1)
        {
            return true;
        }

        // The most derived registered item type of the concept decides.
        foreach (var type in fact.Concept.TypeChain)
        {
            if (_byItemType.TryGetValue(type.Name, out var allowed))
            {
                if (!allowed.Contains(unit.Numerator[0].Expanded))
                {
                    diagnostics.Report(Codes.UtrWrongType, fact.Span, fact.Concept.Display, type.Name, unit.Id, string.Join(", ", allowed.Take(3).Select(a => a.LocalName)) + (allowed.Count > 3 ? ", ..." : string.Empty));
                    return false;
                }

                return true;
            }
        }

        return true;
    }
}
