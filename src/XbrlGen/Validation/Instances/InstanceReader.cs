using System.Globalization;
using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Dimensions;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Instances;

/// <summary>Reads an instance in one pass of a (validating) reader into an <see cref="InstanceModel"/>.</summary>
public static class InstanceReader
{
    private static readonly XNamespace Xbrli = Taxonomy.Xbrli;
    private static readonly XNamespace Xsi = XbrlNamespaces.Xsi;

    /// <summary>The model, or null if the instance breaks a safety limit.</summary>
    /// <param name="validate">
    /// False for a comparison, which needs the values and not their validity: contexts are read straight from the
    /// reader (<see cref="ReadContext"/>); references, footnote links, units and items are not checked against the
    /// schema, nor are the attributes and ids of the common numeric item (<see cref="NumericItem"/>). A tuple, and an
    /// item whose declaration has a default or fixed value, are still read through the schema, which adds them.
    /// </param>
    public static InstanceModel? Read(XmlReader reader, string path, Taxonomy taxonomy, DiagnosticBag diagnostics, bool validate = true)
    {
        var model = new InstanceModelBuilder();
        reader.MoveToContent();
        var rootNamespaces = new List<XAttribute>();
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == XNamespace.Xml.NamespaceName && reader.LocalName == "lang")
                {
                    // xml:lang on the root is in scope for every footnote and fact below it.
                    model.LinkContainer.SetAttributeValue(XNamespace.Xml + "lang", reader.Value);
                }

                if (reader.NamespaceURI == XNamespace.Xmlns.NamespaceName)
                {
                    rootNamespaces.Add(new XAttribute(reader.Prefix.Length == 0 ? XName.Get("xmlns") : XNamespace.Xmlns + reader.LocalName, reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        // A top-level element as a small tree, with the root's namespace declarations unless told it needs none (its
        // QName values resolve with them); null if it nests too deep.
        XElement? Load(XmlReader r, SourceSpan at, bool namespaces = true)
        {
            var el = XElement.Load(new ElementReader(r), LoadOptions.SetLineInfo);
            r.Read();
            if (TooDeep(el))
            {
                diagnostics.Report(Codes.XmlTooLarge, at, $"elements nested deeper than {SafeXml.MaxDepth}");
                return null;
            }

            if (namespaces)
            {
                AddNamespaces(el);
            }

            return el;
        }

        void AddNamespaces(XElement el)
        {
            foreach (var ns in rootNamespaces)
            {
                if (el.Attribute(ns.Name) is null)
                {
                    el.Add(new XAttribute(ns));
                }
            }
        }

        if (reader.IsEmptyElement)
        {
            reader.Read();
            return model.Build();
        }

        var schema = new PartialValidator(taxonomy.Schemas, path, diagnostics);
        var numeric = new NumericItem(model, diagnostics, validate);
        var keys = new StringBuilder();
        var pool = new ContextPool();
        var explicitMembersDeclared = taxonomy.Schemas.GlobalElements.Contains(new XmlQualifiedName("explicitMember", XbrlNamespaces.Xbrldi));
        var phase = 0;
        ContextInfo? lastContext = null;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0)
                {
                    break;
                }

                if (reader.NodeType == XmlNodeType.Text)
                {
                    diagnostics.Report(Codes.RootText, SafeXml.Span(path, reader));
                }

                reader.Read();
                continue;
            }

            var at = SafeXml.Span(path, reader);
            var ns = reader.NamespaceURI;
            var local = reader.LocalName;
            var name = XName.Get(local, ns);

            // The content model of xbrli:xbrl: schemaRef+, linkbaseRef*, roleRef*, arcroleRef*, then facts, contexts, units, footnote links.
            var order = ns == Dts.Link.NamespaceName ? local switch
            {
                "schemaRef" => 1,
                "linkbaseRef" => 2,
                "roleRef" => 3,
                "arcroleRef" => 4,
                _ => 5,
            } : 5;
            if (order < phase || (phase == 0 && order != 1))
            {
                diagnostics.Report(Codes.RootOrder, at, local);
            }

            phase = Math.Max(phase, order);
            if (order < 5 || (ns == Dts.Link.NamespaceName && local == "footnoteLink"))
            {
                if (Load(reader, at) is not { } el)
                {
                    return null;
                }

                if (validate)
                {
                    schema.Validate(el);
                }

                if (local is "schemaRef" or "linkbaseRef")
                {
                    model.References.Add((el, at));
                }
                else
                {
                    model.LinkContainer.Add(el);
                }

                continue;
            }

            if (!validate && ns == Xbrli.NamespaceName && local == "context")
            {
                if (ReadContext(reader, model, path, at, lastContext, diagnostics) is not { } context)
                {
                    return null;
                }

                lastContext = context;
                continue;
            }

            if (ns == Xbrli.NamespaceName && local is "context" or "unit")
            {
                if (Load(reader, at, namespaces: local != "context") is not { } el)
                {
                    return null;
                }

                // A context without segment or scenario holds no QName; its fast check needs no namespaces, the schema may.
                var plain = local == "context" && el.Element(Xbrli + "scenario") is null && el.Element(Xbrli + "entity")?.Element(Xbrli + "segment") is null;
                if (local == "context" && !plain)
                {
                    AddNamespaces(el);
                }

                if (!validate && local == "unit")
                {
                    // Read, not checked: nothing in a unit has a default the schema would add.
                }
                else if (local != "context" || !StandardContext.TryCheck(el, path, explicitMembersDeclared, diagnostics))
                {
                    AddNamespaces(el);
                    schema.Validate(el);
                }

                if (local == "context")
                {
                    lastContext = AddContext(model, el, path, taxonomy, keys, pool, lastContext, diagnostics) ?? lastContext;
                }
                else
                {
                    AddUnit(model, el, path, diagnostics);
                }

                continue;
            }

            var concept = taxonomy.Concept(name);
            if (concept is { IsItem: true, IsNumeric: true, IsFraction: false } && numeric.TryRead(reader, concept, at))
            {
                continue;
            }

            if (Load(reader, at) is not { } element)
            {
                return null;
            }

            if (concept is null)
            {
                if (taxonomy.Schemas.GlobalElements.Contains(new XmlQualifiedName(local, ns)))
                {
                    diagnostics.Report(Codes.RootNotAllowed, at, local);
                }
                else if (taxonomy.Dts.Missing.Count == 0 || taxonomy.Schemas.Contains(ns))
                {
                    // With the taxonomy missing, an element of a namespace no schema at hand defines is one the missing
                    // schemas would define: that is said once, as the missing schema, not for each fact.
                    diagnostics.Report(Codes.ElementNotDeclared, at, name);
                }

                continue;
            }

            if (validate || concept.IsTuple || HasDefaults(concept))
            {
                schema.Validate(element, concept.Element);
            }

            AddFact(model, element, concept, -1, path, taxonomy, diagnostics);
        }

        return model.Build();
    }

    /// <summary>Whether a tree nests deeper than <see cref="SafeXml.MaxDepth"/>: a walk that allocates nothing and stops there.</summary>
    private static bool TooDeep(XElement element, int depth = 1)
    {
        if (depth > SafeXml.MaxDepth)
        {
            return true;
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && TooDeep(child, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether reading an item through the schema adds to it: a default or fixed value of its content or of an attribute.</summary>
    private static bool HasDefaults(XbrlConcept concept) =>
        concept.Element.DefaultValue is not null || concept.Element.FixedValue is not null
        || (concept.Element.ElementSchemaType is XmlSchemaComplexType complex
            && complex.AttributeUses.Values.Cast<XmlSchemaAttribute>().Any(a => a.DefaultValue is not null || a.FixedValue is not null));

    internal static void AddItem(InstanceModelBuilder model, XbrlConcept concept, int parent, string? id, string? contextRef, string? unitRef, string? decimals, string? precision,
        bool nil, string value, string? lang, SourceSpan span, decimal? parsed = null)
    {
        var number = parsed;
        if (number is null && concept.IsNumeric && !nil && !concept.IsFraction && TryParseNumber(value, out var n))
        {
            number = n;
        }

        var fact = new FactInfo(model.Facts.Count, concept, parent, id, contextRef, unitRef, decimals, precision, nil, value, lang, span.File, span.Line, span.Column)
        {
            Number = number,
            InferredDecimals = concept.IsNumeric ? FactInfo.Infer(decimals, precision, number) : null,
        };
        model.Facts.Add(fact);
    }

    /// <summary>Parses an xsd:decimal, float or double lexical form exactly, when it fits a decimal.</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        var t = text.Trim();
        if (decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var e = t.IndexOfAny(['e', 'E']);
        if (e > 0 && decimal.TryParse(t[..e], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mantissa)
            && int.TryParse(t[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent) && Math.Abs(exponent) <= 28)
        {
            try
            {
                value = exponent >= 0 ? mantissa * Calculations.Pow10(exponent) : mantissa / Calculations.Pow10(-exponent);
                return true;
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        return false;
    }

    private static void AddFact(InstanceModelBuilder model, XElement element, XbrlConcept concept, int parent, string path, Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        var span = SafeXml.Span(path, element);
        var id = (string?)element.Attribute("id");
        var nil = ((string?)element.Attribute(Xsi + "nil"))?.Trim() is "true" or "1";
        if (concept.IsTuple)
        {
            var tuple = new FactInfo(model.Facts.Count, concept, parent, id, null, null, null, null, nil, string.Empty, null, span.File, span.Line, span.Column);
            model.AddId(id, "fact", span, diagnostics);
            model.Facts.Add(tuple);
            foreach (var a in element.Attributes().Where(a => a.Name.Namespace == Xbrli || a.Name.Namespace == Dts.Link || a.Name.Namespace == Dts.XLink))
            {
                diagnostics.Report(Codes.TupleFactAttribute, span, concept.Display, a.Name.LocalName);
            }


            foreach (var child in element.Elements())
            {
                if (taxonomy.Concept(child.Name) is { } c)
                {
                    AddFact(model, child, c, tuple.Index, path, taxonomy, diagnostics);
                }
            }

            return;
        }

        var value = concept.IsFraction
            ? string.Concat(element.Elements().Select(e => e.Value.Trim() + ";"))
            : element.Value;
        model.AddId(id, "fact", span, diagnostics);
        var lang = concept.IsNumeric ? null : (string?)element.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "lang")).FirstOrDefault(a => a is not null)
            ?? (string?)model.LinkContainer.Attribute(XNamespace.Xml + "lang");
        AddItem(model, concept, parent, id, (string?)element.Attribute("contextRef"), (string?)element.Attribute("unitRef"), (string?)element.Attribute("decimals"),
            (string?)element.Attribute("precision"), nil, value, lang, span);
    }

    /// <param name="key">Scratch for the context's c-equality key, one for the whole pass.</param>
    /// <param name="pool">The entities, segments, scenarios and dimension texts of the pass's contexts, each kept once.</param>
    /// <param name="previous">The context read before, whose entity the next one mostly shares (and then its strings).</param>
    /// <returns>The context added; null when its id was taken.</returns>
    private static ContextInfo? AddContext(InstanceModelBuilder model, XElement el, string path, Taxonomy taxonomy, StringBuilder key, ContextPool pool, ContextInfo? previous, DiagnosticBag diagnostics)
    {
        var id = (string?)el.Attribute("id") ?? string.Empty;
        var span = SafeXml.Span(path, el);
        model.AddId(id, "context", span, diagnostics);
        var entity = el.Element(Xbrli + "entity");
        var identifier = entity?.Element(Xbrli + "identifier");
        var segment = entity?.Element(Xbrli + "segment");
        var scenario = el.Element(Xbrli + "scenario");
        foreach (var (part, name) in new[] { (segment, "segment"), (scenario, "scenario") })
        {
            if (part is null)
            {
                continue;
            }

            foreach (var d in part.Descendants())
            {
                if (d.Name.Namespace == Xbrli || taxonomy.Concept(d.Name) is not null)
                {
                    diagnostics.Report(Codes.SegmentContent, SafeXml.Span(path, d), name, id, d.Name.LocalName);
                }
            }
        }

        var periodElement = el.Element(Xbrli + "period");
        InstancePeriod period;
        if (periodElement?.Element(Xbrli + "instant") is { } i)
        {
            period = new InstancePeriod.Instant(InstancePeriod.ParsePoint(i.Value, endOfDay: true));
        }
        else if (periodElement?.Element(Xbrli + "forever") is not null)
        {
            period = InstancePeriod.Forever.Value;
        }
        else if (periodElement?.Element(Xbrli + "startDate") is { } s && periodElement.Element(Xbrli + "endDate") is { } e)
        {
            var duration = new InstancePeriod.Duration(InstancePeriod.ParsePoint(s.Value, endOfDay: false), InstancePeriod.ParsePoint(e.Value, endOfDay: true));
            if (duration is { Start: { } from, End: { } to } && to <= from)
            {
                diagnostics.Report(Codes.PeriodDates, SafeXml.Span(path, el), id, s.Value.Trim(), e.Value.Trim());
            }

            period = duration;
        }
        else
        {
            // No period the schema allows (already reported): a duration of unknown dates.
            period = new InstancePeriod.Duration(null, null);
        }

        // The c-equality key: the entity, the canonical segment and scenario, each as its number in the pool (equal
        // numbers, equal texts), and the period. 30,000 contexts keep short keys, not their segments' text again.
        key.Clear();
        key.Append((string?)identifier?.Attribute("scheme")).Append('|').Append(identifier?.Value.Trim());
        var entityPart = pool.Number(key);
        key.Clear();
        Canonical(segment, key, taxonomy);
        var segmentPart = pool.Number(key);
        key.Clear();
        Canonical(scenario, key, taxonomy);
        var scenarioPart = pool.Number(key);
        key.Clear();
        key.Append(entityPart).Append('|').Append(segmentPart).Append('|').Append(period.Key).Append('|').Append(scenarioPart);
        var equalityKey = key.ToString();
        var scheme = (string?)identifier?.Attribute("scheme") ?? string.Empty;
        var identifierText = identifier?.Value.Trim() ?? string.Empty;
        var context = new ContextInfo(id, scheme == previous?.Scheme ? previous.Scheme : scheme, identifierText == previous?.Identifier ? previous.Identifier : identifierText, equalityKey, period, span)
        {
            HasSegmentOrScenario = segment is not null || scenario is not null,
            Dimensions = segment is null && scenario is null ? ContextDimensions.None : pool.Share(ContextDimensions.Read(segment, scenario, path)),
            Class = model.ContextClass(equalityKey),
        };
        return model.Contexts.TryAdd(id, context) ? context : null;
    }

    /// <summary>
    /// A context read straight from the reader, not validating (a comparison): its entity, period and dimension values,
    /// as <see cref="AddContext"/> and <see cref="ContextDimensions.Read"/> read them from a tree, without the tree. It
    /// has no equality key nor class, as only the rules need them. Null (reported) when it nests too deep.
    /// </summary>
    /// <param name="previous">The context read before, whose entity the next one mostly shares (and then its strings).</param>
    private static ContextInfo? ReadContext(XmlReader reader, InstanceModelBuilder model, string path, SourceSpan at, ContextInfo? previous, DiagnosticBag diagnostics)
    {
        var id = reader.GetAttribute("id") ?? string.Empty;
        string scheme = string.Empty, identifier = string.Empty;
        string? instant = null, start = null, end = null;
        var forever = false;
        List<DimensionValue>? values = null;
        int segmentOther = 0, scenarioOther = 0;
        var hasPart = false;
        var depth = reader.Depth;
        var partDepth = -1;
        var where = ContextElement.Segment;
        ContextInfo? Deep()
        {
            diagnostics.Report(Codes.XmlTooLarge, at, $"elements nested deeper than {SafeXml.MaxDepth}");
            return null;
        }

        var empty = reader.IsEmptyElement;
        reader.Read();
        while (!empty && !reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == partDepth)
            {
                partDepth = -1;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.Depth - depth >= SafeXml.MaxDepth)
            {
                return Deep();
            }

            var ns = reader.NamespaceURI;
            var local = reader.LocalName;
            if (partDepth >= 0 && reader.Depth == partDepth + 1)
            {
                if (ns != XbrlNamespaces.Xbrldi || local is not ("explicitMember" or "typedMember"))
                {
                    if (where == ContextElement.Segment)
                    {
                        segmentOther++;
                    }
                    else
                    {
                        scenarioOther++;
                    }

                    reader.Read();
                    continue;
                }

                values ??= [];
                if (local == "explicitMember")
                {
                    var span = SafeXml.Span(path, reader);
                    var dimensionText = reader.GetAttribute("dimension")?.Trim() ?? string.Empty;
                    var dimension = ResolveQName(reader, dimensionText);
                    if (Text(reader, SafeXml.MaxDepth - (reader.Depth - depth)) is not { } text)
                    {
                        return Deep();
                    }

                    var memberText = text.Trim();
                    values.Add(new DimensionValue(dimension, dimensionText, false, ResolveQName(reader, memberText), memberText, 0, null, where, span));
                    reader.Read();
                    continue;
                }

                // A typed member: read as a small tree, its dimension resolved here, where the instance's namespaces are in scope.
                var typedDimension = ResolveQName(reader, reader.GetAttribute("dimension")?.Trim() ?? string.Empty);
                var memberDepth = reader.Depth;
                var member = XElement.Load(new ElementReader(reader), LoadOptions.SetLineInfo);
                reader.Read();
                if (TooDeep(member, memberDepth - depth + 1))
                {
                    return Deep();
                }

                values.Add(ContextDimensions.Value(member, where, path) with { Dimension = typedDimension });
                continue;
            }

            if (ns != Xbrli.NamespaceName)
            {
                reader.Read();
                continue;
            }

            switch (local)
            {
                case "identifier" or "instant" or "startDate" or "endDate":
                    var attribute = reader.GetAttribute("scheme");
                    if (Text(reader, SafeXml.MaxDepth - (reader.Depth - depth)) is not { } value)
                    {
                        return Deep();
                    }

                    switch (local)
                    {
                        case "identifier":
                            scheme = attribute ?? string.Empty;
                            identifier = value.Trim();
                            break;
                        case "instant":
                            instant ??= value;
                            break;
                        case "startDate":
                            start ??= value;
                            break;
                        default:
                            end ??= value;
                            break;
                    }

                    reader.Read();
                    continue;
                case "forever":
                    forever = true;
                    break;
                case "segment" or "scenario" when partDepth < 0:
                    hasPart = true;
                    where = local == "segment" ? ContextElement.Segment : ContextElement.Scenario;
                    partDepth = reader.IsEmptyElement ? -1 : reader.Depth;
                    break;
            }

            reader.Read();
        }

        if (!empty)
        {
            reader.Read();
        }

        InstancePeriod period;
        if (instant is not null)
        {
            period = new InstancePeriod.Instant(InstancePeriod.ParsePoint(instant, endOfDay: true));
        }
        else if (forever)
        {
            period = InstancePeriod.Forever.Value;
        }
        else if (start is not null && end is not null)
        {
            var duration = new InstancePeriod.Duration(InstancePeriod.ParsePoint(start, endOfDay: false), InstancePeriod.ParsePoint(end, endOfDay: true));
            if (duration is { Start: { } from, End: { } to } && to <= from)
            {
                diagnostics.Report(Codes.PeriodDates, at, id, start.Trim(), end.Trim());
            }

            period = duration;
        }
        else
        {
            period = new InstancePeriod.Duration(null, null);
        }

        var context = new ContextInfo(id, scheme == previous?.Scheme ? previous.Scheme : scheme, identifier == previous?.Identifier ? previous.Identifier : identifier, string.Empty, period, at)
        {
            HasSegmentOrScenario = hasPart,
            Dimensions = values is null && segmentOther == 0 && scenarioOther == 0 ? ContextDimensions.None : new ContextDimensions(values ?? [], segmentOther, scenarioOther),
            Class = -1,
        };
        model.Contexts.TryAdd(id, context);
        return context;
    }

    /// <summary>
    /// An element's text (its descendants' text, as <see cref="XElement.Value"/>), the reader left on its end tag (on
    /// the element, when empty), where its namespaces are still in scope; null when it nests more than
    /// <paramref name="levels"/> deep.
    /// </summary>
    private static string? Text(XmlReader reader, int levels)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        string? single = null;
        StringBuilder? sb = null;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth - depth >= levels)
            {
                return null;
            }

            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (single is null)
                {
                    single = reader.Value;
                }
                else
                {
                    sb ??= new StringBuilder(single);
                    sb.Append(reader.Value);
                }
            }

            reader.Read();
        }

        return sb?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>A QName value resolved with the namespaces in scope where the reader stands, as <see cref="Taxonomy.ResolveQName"/> does on a tree.</summary>
    private static XName? ResolveQName(XmlReader reader, string text) =>
        QNameText.Resolve(text, prefix => reader.LookupNamespace(prefix) ?? (prefix.Length == 0 ? string.Empty : null));

    /// <summary>A string equal for s-equal segment or scenario content (4.10): names, typed attributes and values, in order.</summary>
    private static void Canonical(XElement? element, StringBuilder into, Taxonomy taxonomy)
    {
        if (element is null)
        {
            return;
        }

        foreach (var child in element.Elements())
        {
            into.Append('<').Append(child.Name.ToString());
            foreach (var a in child.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal))
            {
                into.Append(' ').Append(a.Name.ToString()).Append('=').Append(Taxonomy.Canonical(a.Value, taxonomy.AttributeType(child.Name, a.Name)));
            }

            into.Append('>');
            if (child.HasElements)
            {
                Canonical(child, into, taxonomy);
            }
            else
            {
                into.Append(Taxonomy.Canonical(child.Value, taxonomy.ElementType(child.Name)));
            }

            into.Append("</>");
        }
    }

    private static void AddUnit(InstanceModelBuilder model, XElement el, string path, DiagnosticBag diagnostics)
    {
        var id = (string?)el.Attribute("id") ?? string.Empty;
        model.AddId(id, "unit", SafeXml.Span(path, el), diagnostics);
        var divide = el.Element(Xbrli + "divide");
        var num = Measures((divide?.Element(Xbrli + "unitNumerator") ?? el).Elements(Xbrli + "measure"), id, path, diagnostics);
        var den = divide is null ? [] : Measures(divide.Element(Xbrli + "unitDenominator")?.Elements(Xbrli + "measure") ?? [], id, path, diagnostics);
        foreach (var common in num.Select(m => m.Expanded).Intersect(den.Select(m => m.Expanded)))
        {
            diagnostics.Report(Codes.UnitNotSimplest, SafeXml.Span(path, el), id, common.LocalName);
        }

        var unit = new Unit(id, num, den) { Span = SafeXml.Span(path, el) };
        model.Units.TryAdd(id, unit with { Class = model.UnitClass(unit.MeasureKey) });
    }

    private static List<QName> Measures(IEnumerable<XElement> measures, string unitId, string path, DiagnosticBag diagnostics)
    {
        var list = new List<QName>();
        foreach (var m in measures)
        {
            var name = QNameText.Resolve(m, m.Value.Trim());
            if (name is null)
            {
                diagnostics.Report(Codes.MeasureInvalid, SafeXml.Span(path, m), unitId, m.Value.Trim(), "not a QName with a declared prefix");
                continue;
            }

            if (name.Namespace == Xbrli && name.LocalName is not ("pure" or "shares"))
            {
                diagnostics.Report(Codes.MeasureInvalid, SafeXml.Span(path, m), unitId, m.Value.Trim(), "the only measures in the xbrli namespace are xbrli:pure and xbrli:shares");
            }

            if (name.NamespaceName == XbrlNamespaces.Iso4217 && (name.LocalName.Length != 3 || !name.LocalName.All(char.IsAsciiLetterUpper)))
            {
                diagnostics.Report(Codes.MeasureInvalid, SafeXml.Span(path, m), unitId, m.Value.Trim(), "not an ISO 4217 currency code");
            }

            list.Add(QName.Of(name, m.Value));
        }

        return list;
    }
}

/// <summary>
/// What the contexts of one pass have in common, kept once: the texts their c-equality keys are made of (an entity,
/// a canonical segment or scenario), by number, and the dimension and member texts of their dimension values.
/// </summary>
internal sealed class ContextPool
{
    private readonly Dictionary<string, int> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _partsBySpan;
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    public ContextPool() => _partsBySpan = _parts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of a key part: the same for equal texts, another for every other text.</summary>
    public int Number(StringBuilder text)
    {
        var chars = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.CopyTo(0, chars, text.Length);
        if (!_partsBySpan.TryGetValue(chars, out var number))
        {
            number = _parts.Count;
            _parts.Add(text.ToString(), number);
        }

        return number;
    }

    /// <summary>The dimension values with their texts shared with every other context's equal texts.</summary>
    public ContextDimensions Share(ContextDimensions dimensions)
    {
        if (dimensions.Values.Count == 0)
        {
            return dimensions;
        }

        var values = new DimensionValue[dimensions.Values.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var v = dimensions.Values[i];
            values[i] = v with { DimensionText = Text(v.DimensionText), MemberText = Text(v.MemberText) };
        }

        return dimensions with { Values = values };
    }

    private string Text(string text)
    {
        if (_texts.TryGetValue(text, out var kept))
        {
            return kept;
        }

        _texts.Add(text);
        return text;
    }
}
