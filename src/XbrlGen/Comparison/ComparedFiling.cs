using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Dimensions;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Taxonomies;
using XbrlGen.Validation;

namespace XbrlGen.Comparison;

/// <summary>
/// One fact of a filing as the comparison sees it: the key it is matched by (concept, entity, period, dimensions, unit,
/// and the language of a text fact), how each part is shown, and its value, decimals and place.
/// </summary>
public sealed record ComparedFact(
    FactKey Key,
    string Concept,
    string Entity,
    string Period,
    string Dimensions,
    string Unit,
    string? Lang,
    string? Value,
    decimal? Number,
    Xbrl.Decimals? Decimals,
    SourceSpan Span)
{
    /// <summary>The sort key of a report: concept, period, dimensions, unit, language, entity (all shown forms, so the order is what the reader sees).</summary>
    public string Order => string.Join('\u0001', Concept, Period, Dimensions, Unit, Lang ?? string.Empty, Entity);
}

/// <summary>
/// What a fact is matched by: its concept, its context's key (<see cref="ComparedFiling.ContextKey"/>), its unit's key
/// (empty for none) and a text fact's language. A value, so that keying a filing's facts builds no strings.
/// </summary>
public readonly record struct FactKey(string ConceptNamespace, string ConceptName, string Context, string Unit, string? Lang);

/// <summary>
/// A filing read for comparison: what was read (the validator's model of it), its name, and its facts keyed. The keys
/// are kept in one array and each fact as shown is made when asked for: a comparison of two large filings shows few.
/// </summary>
public sealed class ComparedFiling
{
    private readonly List<FactInfo> _items;
    private readonly List<FactKey> _keys;

    // Each fact's key again as three numbers: its concept's, context's and unit's place among the filing's own
    // (distinct) concept names, context keys and unit keys, so that two filings are matched by numbers.
    private readonly List<int> _conceptOf;
    private readonly List<int> _contextOf;
    private readonly List<int> _unitOf;
    private readonly List<(string Namespace, string Name)> _concepts = [];
    private readonly List<string> _contexts = [];
    private readonly List<string> _units = [];
    private readonly Dictionary<ContextInfo, (string Entity, string Period, string Dimensions)> _shownContexts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _shownUnits = new(StringComparer.Ordinal);
    private readonly Dictionary<XbrlConcept, string> _shownConcepts = new(ReferenceEqualityComparer.Instance);

    public ComparedFiling(string name, InstanceContent content)
    {
        Name = name;
        Content = content;
        Prefix = Prefixes(content.Model);
        // Every list sized for all facts at once: grown by doubling, a large one leaves large garbage behind.
        var count = content.Model.Facts.Count;
        _items = new(count);
        _keys = new(count);
        _conceptOf = new(count);
        _contextOf = new(count);
        _unitOf = new(count);
        Key(content.Model);
        Facts = new FactList(this);
    }

    /// <summary>The filing as the user named it.</summary>
    public string Name { get; }

    public InstanceContent Content { get; }

    /// <summary>Every item with a context, keyed, in document order (each made when read).</summary>
    public IReadOnlyList<ComparedFact> Facts { get; }

    /// <summary>The keys of <see cref="Facts"/>, in the same order.</summary>
    internal ReadOnlySpan<FactKey> Keys => CollectionsMarshal.AsSpan(_keys);

    /// <summary>
    /// The keys of <see cref="Facts"/> as places in the filing's lists of distinct concept names, context keys and unit
    /// keys (a text fact's language is in <see cref="Keys"/>): equal places, equal parts of the key.
    /// </summary>
    internal (IReadOnlyList<int> ConceptOf, IReadOnlyList<int> ContextOf, IReadOnlyList<int> UnitOf, IReadOnlyList<(string Namespace, string Name)> Concepts, IReadOnlyList<string> Contexts, IReadOnlyList<string> Units) Places =>
        (_conceptOf, _contextOf, _unitOf, _concepts, _contexts, _units);

    /// <summary>The prefix the filing binds a namespace to (null: none; names are then shown as <c>{namespace}local</c>).</summary>
    public Func<string, string?> Prefix { get; }

    /// <summary>A name as the filing writes it: <c>prefix:local</c>, or <c>{namespace}local</c> when it binds no prefix.</summary>
    public string Show(string ns, string local) => ns.Length == 0 ? local : Prefix(ns) is { } p ? (p.Length == 0 ? local : p + ":" + local) : "{" + ns + "}" + local;

    /// <summary>The entities the filing's facts are reported for, as <c>scheme identifier</c>.</summary>
    public IReadOnlySet<(string Scheme, string Identifier)> Entities =>
        Content.Model.Contexts.Values.Select(c => (c.Scheme, c.Identifier)).ToHashSet();

    /// <summary>What the <paramref name="index"/>th fact's comparison turns on: its value (null for nil), number and decimals.</summary>
    internal (string? Value, decimal? Number, Xbrl.Decimals? Decimals) Values(int index)
    {
        var fact = _items[index];
        return fact.Nil ? (null, null, null) : (fact.Value, fact.Number, fact.Concept.IsNumeric ? fact.InferredDecimals : null);
    }

    private static Func<string, string?> Prefixes(InstanceModel model)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in model.References.Select(r => r.Element).Append(model.LinkContainer))
        {
            foreach (var a in element.Attributes().Where(a => a.IsNamespaceDeclaration).OrderBy(a => a.Name.LocalName, StringComparer.Ordinal))
            {
                var prefix = a.Name.Namespace == XNamespace.None ? string.Empty : a.Name.LocalName;
                map.TryAdd(a.Value, prefix);
            }
        }

        return ns => map.TryGetValue(ns, out var p) ? p : null;
    }

    /// <summary>Every item with a context, keyed; each context's, unit's and concept's key made once for all of its facts.</summary>
    private void Key(InstanceModel model)
    {
        var contexts = new Dictionary<ContextInfo, int>(ReferenceEqualityComparer.Instance);
        var concepts = new Dictionary<XbrlConcept, int>(ReferenceEqualityComparer.Instance);
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        ContextInfo? last = null;
        var lastContext = -1;
        foreach (var fact in model.Facts)
        {
            if (!fact.Concept.IsItem || model.ContextOf(fact) is not { } context)
            {
                continue;
            }

            // Facts of one context mostly stand together: the last one's key is looked up in no dictionary.
            if (!ReferenceEquals(context, last))
            {
                if (!contexts.TryGetValue(context, out lastContext))
                {
                    contexts[context] = lastContext = _contexts.Count;
                    _contexts.Add(ContextKey(context.Scheme, context.Identifier, context.Period, context.Dimensions.Values.Select(DimensionKey)));
                }

                last = context;
            }

            var unitKey = fact.Concept.IsNumeric && fact.UnitRef is { } unitRef && model.Units.TryGetValue(unitRef, out var u) ? u.MeasureKey : string.Empty;
            if (!units.TryGetValue(unitKey, out var unit))
            {
                units[unitKey] = unit = _units.Count;
                _units.Add(unitKey);
            }

            if (!concepts.TryGetValue(fact.Concept, out var concept))
            {
                concepts[fact.Concept] = concept = _concepts.Count;
                _concepts.Add((fact.Concept.Name.Namespace, fact.Concept.Name.Name));
            }

            _keys.Add(KeyOf(fact.Concept.Name.Namespace, fact.Concept.Name.Name, _contexts[lastContext], unitKey, LangOf(fact)));
            _conceptOf.Add(concept);
            _contextOf.Add(lastContext);
            _unitOf.Add(unit);
            _items.Add(fact);
        }
    }

    private static string? LangOf(FactInfo fact) => fact.Concept.IsNumeric ? null : fact.Lang?.ToLowerInvariant();

    private static string DimensionKey(DimensionValue v) =>
        (v.Dimension?.ToString() ?? v.DimensionText) + "=" + (v.Typed ? v.TypedValue : v.Member?.ToString() ?? v.MemberText);

    /// <summary>The <paramref name="index"/>th fact as shown: each context's, unit's and concept's text made once.</summary>
    private ComparedFact Fact(int index)
    {
        string ShowName(XName n) => Show(n.NamespaceName, n.LocalName);
        string ShowMeasure(QName n) => Show(n.Namespace, n.LocalName);

        var fact = _items[index];
        var model = Content.Model;
        var context = model.ContextOf(fact)!;
        if (!_shownContexts.TryGetValue(context, out var c))
        {
            var dims = context.Dimensions.Values
                .Select(v => (Name: v.Dimension is { } d ? ShowName(d) : v.DimensionText, Value: v.Typed ? (v.TypedValue ?? string.Empty) : v.Member is { } m ? ShowName(m) : v.MemberText, Key: DimensionKey(v)))
                .OrderBy(v => v.Key, StringComparer.Ordinal).ToList();
            _shownContexts[context] = c = (context.Scheme + " " + context.Identifier, PeriodText(context.Period), string.Join(", ", dims.Select(d => d.Name + "=" + d.Value)));
        }

        var unit = string.Empty;
        if (fact.Concept.IsNumeric && fact.UnitRef is { } unitRef && model.Units.TryGetValue(unitRef, out var u) && !_shownUnits.TryGetValue(u.MeasureKey, out unit))
        {
            var numerator = string.Join("*", u.Numerator.Select(ShowMeasure));
            _shownUnits[u.MeasureKey] = unit = u.Denominator.Count == 0 ? numerator : numerator + "/" + string.Join("*", u.Denominator.Select(ShowMeasure));
        }

        if (!_shownConcepts.TryGetValue(fact.Concept, out var concept))
        {
            _shownConcepts[fact.Concept] = concept = Show(fact.Concept.Name.Namespace, fact.Concept.Name.Name);
        }

        return new ComparedFact(
            _keys[index],
            concept,
            c.Entity,
            c.Period,
            c.Dimensions,
            unit ?? string.Empty,
            LangOf(fact),
            fact.Nil ? null : fact.Value,
            fact.Nil ? null : fact.Number,
            fact.Concept.IsNumeric && !fact.Nil ? fact.InferredDecimals : null,
            fact.Span);
    }

    /// <summary>The facts of a filing, each made as it is read.</summary>
    private sealed class FactList(ComparedFiling filing) : IReadOnlyList<ComparedFact>
    {
        public ComparedFact this[int index] => filing.Fact(index);

        public int Count => filing._keys.Count;

        public IEnumerator<ComparedFact> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return filing.Fact(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// What a context contributes to a fact's key: entity, period (as points in time), and each dimension's value as
    /// <c>{namespace}dimension={namespace}member</c> (a typed member's content instead), in order.
    /// </summary>
    public static string ContextKey(string scheme, string identifier, InstancePeriod period, IEnumerable<string> dimensions) =>
        scheme + "\u0001" + identifier + "\u0001" + period.Key + "\u0001" + string.Join("\u0002", dimensions.Order(StringComparer.Ordinal));

    /// <summary>A fact's key: concept, context key, unit key (<see cref="Unit.KeyOf"/>; empty for none), and a text fact's language.</summary>
    public static FactKey KeyOf(string conceptNamespace, string conceptName, string contextKey, string unitKey, string? lang) =>
        new(conceptNamespace, conceptName, contextKey, unitKey, lang);

    /// <summary>A period as a reader writes it: <c>2003-06-30</c>, <c>2003-04-01..2003-06-30</c>, <c>forever</c>; a time of day in ISO form.</summary>
    public static string PeriodText(InstancePeriod period)
    {
        static string Point(DateTime? at, bool end) => InstancePeriod.PointText(at, end) ?? "?";

        return period switch
        {
            InstancePeriod.Instant i => Point(i.At, end: true),
            InstancePeriod.Duration d => Point(d.Start, end: false) + ".." + Point(d.End, end: true),
            _ => "forever",
        };
    }
}
