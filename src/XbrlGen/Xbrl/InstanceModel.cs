using System.Collections.Frozen;
using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// One XBRL instance as read: its facts in document order (items, tuples and nil facts, each with its place), its
/// contexts and units by id, with their equality classes, and its footnote links and references. Immutable: the readers
/// (an instance, an Inline XBRL document set's target, an xBRL-JSON report) fill an <see cref="InstanceModelBuilder"/>
/// and freeze it; the rules, <c>diff</c> and <c>convert</c> read it.
/// </summary>
public sealed class InstanceModel
{
    private readonly ContextInfo?[] _contextOf;
    private readonly int[] _unitClassOf;

    internal InstanceModel(IReadOnlyList<FactInfo> facts, FrozenDictionary<string, ContextInfo> contexts, FrozenDictionary<string, Unit> units,
        FrozenDictionary<string, string> ids, XElement linkContainer, IReadOnlyList<(XElement Element, SourceSpan Span)> references)
    {
        Facts = facts;
        Contexts = contexts;
        Units = units;
        Ids = ids;
        LinkContainer = linkContainer;
        References = references;

        // Every item's contextRef, and every numeric item's unitRef, resolved once: the records stay as read, and the
        // rules look the references up here.
        _contextOf = new ContextInfo?[facts.Count];
        _unitClassOf = new int[facts.Count];
        foreach (var fact in facts)
        {
            _unitClassOf[fact.Index] = -1;
            if (!fact.Concept.IsItem)
            {
                continue;
            }

            _contextOf[fact.Index] = fact.ContextRef is { } c ? contexts.GetValueOrDefault(c) : null;
            if (fact.Concept.IsNumeric && fact.UnitRef is { } u && units.TryGetValue(u, out var unit))
            {
                _unitClassOf[fact.Index] = unit.Class;
            }
        }
    }

    /// <summary>Every fact in document order; a fact's <see cref="FactInfo.Index"/> is its place here.</summary>
    public IReadOnlyList<FactInfo> Facts { get; }

    public IReadOnlyDictionary<string, ContextInfo> Contexts { get; }

    public IReadOnlyDictionary<string, Unit> Units { get; }

    /// <summary>Every id in the instance and the element kind that has it.</summary>
    public IReadOnlyDictionary<string, string> Ids { get; }

    /// <summary>The instance's footnote links, roleRefs and arcroleRefs, kept as small DOM fragments under one container.</summary>
    public XElement LinkContainer { get; }

    /// <summary>The instance's schemaRefs and linkbaseRefs, with their places.</summary>
    public IReadOnlyList<(XElement Element, SourceSpan Span)> References { get; }

    /// <summary>
    /// The prefix the instance writes each namespace with: the root's declarations, which the reader keeps on each
    /// reference (the first prefix of a namespace wins).
    /// </summary>
    public IReadOnlyDictionary<string, string> Prefixes => _prefixes ??= References
        .SelectMany(r => r.Element.Attributes())
        .Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns)
        .GroupBy(a => a.Value, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Name.LocalName, StringComparer.Ordinal);

    private FrozenDictionary<string, string>? _prefixes;

    /// <summary>The context an item's contextRef names (null: a tuple, or no such context).</summary>
    public ContextInfo? ContextOf(FactInfo fact) => _contextOf[fact.Index];

    /// <summary>The equality class of a numeric item's unit (-1: none, or no such unit).</summary>
    public int UnitClassOf(FactInfo fact) => _unitClassOf[fact.Index];

    /// <summary>The same instance with each fact as <paramref name="change"/> makes it (its place, say), nothing else changed.</summary>
    public InstanceModel WithFacts(Func<FactInfo, FactInfo> change) =>
        new(Facts.Select(change).ToArray(), (FrozenDictionary<string, ContextInfo>)Contexts, (FrozenDictionary<string, Unit>)Units,
            (FrozenDictionary<string, string>)Ids, LinkContainer, References);
}

/// <summary>What a reader fills while it reads an instance, frozen into an <see cref="InstanceModel"/> when it is done.</summary>
public sealed class InstanceModelBuilder
{
    private readonly Dictionary<string, int> _contextClasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unitClasses = new(StringComparer.Ordinal);

    /// <summary>A builder holding what <paramref name="model"/> holds, to add to it.</summary>
    public static InstanceModelBuilder From(InstanceModel model)
    {
        var builder = new InstanceModelBuilder();
        builder.Facts.AddRange(model.Facts);
        foreach (var (id, context) in model.Contexts)
        {
            builder.Contexts[id] = context;
            builder._contextClasses.TryAdd(context.EqualityKey, context.Class);
        }

        foreach (var (id, unit) in model.Units)
        {
            builder.Units[id] = unit;
            builder._unitClasses.TryAdd(unit.MeasureKey, unit.Class);
        }

        foreach (var (id, kind) in model.Ids)
        {
            builder.Ids[id] = kind;
        }

        builder.LinkContainer.Add(model.LinkContainer.Attributes(), model.LinkContainer.Nodes());
        builder.References.AddRange(model.References);
        return builder;
    }

    public List<FactInfo> Facts { get; } = [];

    public Dictionary<string, ContextInfo> Contexts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Unit> Units { get; } = new(StringComparer.Ordinal);

    /// <summary>Every id in the instance and the element kind that has it.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>The instance's footnote links, roleRefs and arcroleRefs, kept as small DOM fragments under one container.</summary>
    public XElement LinkContainer { get; } = new(Dts.Link + "linkbase");

    public List<(XElement Element, SourceSpan Span)> References { get; } = [];

    /// <summary>Records an element's id; a second element with the same id is a schema error (xsd:ID is unique).</summary>
    public void AddId(string? id, string kind, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (id is not null && !Ids.TryAdd(id, kind))
        {
            diagnostics.Report(Codes.IdDuplicate, span, id);
        }
    }

    /// <summary>The equality class of a context with this s-equality key: c-equal contexts share one.</summary>
    public int ContextClass(string equalityKey) => ClassOf(_contextClasses, equalityKey);

    /// <summary>The equality class of a unit with this measure key: u-equal units share one.</summary>
    public int UnitClass(string measureKey) => ClassOf(_unitClasses, measureKey);

    private static int ClassOf(Dictionary<string, int> classes, string key)
    {
        if (!classes.TryGetValue(key, out var c))
        {
            classes[key] = c = classes.Count;
        }

        return c;
    }

    /// <summary>The instance as read, frozen.</summary>
    public InstanceModel Build() =>
        new([.. Facts], Contexts.ToFrozenDictionary(StringComparer.Ordinal), Units.ToFrozenDictionary(StringComparer.Ordinal),
            Ids.ToFrozenDictionary(StringComparer.Ordinal), LinkContainer, [.. References]);
}
