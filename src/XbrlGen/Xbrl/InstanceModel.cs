using System.Globalization;
using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>What the streaming pass over an instance collects.</summary>
public sealed class InstanceModel
{
    public List<FactInfo> Facts { get; } = [];

    public Dictionary<string, ContextInfo> Contexts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, UnitInfo> Units { get; } = new(StringComparer.Ordinal);

    /// <summary>Equality classes: contexts by their s-equality key, units by their measures.</summary>
    public Dictionary<string, int> ContextClasses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> UnitClasses { get; } = new(StringComparer.Ordinal);

    /// <summary>Records an element's id; a second element with the same id is a schema error (xsd:ID is unique).</summary>
    public void AddId(string? id, string kind, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (id is not null && !Ids.TryAdd(id, kind))
        {
            diagnostics.Report(Codes.IdDuplicate, span, id);
        }
    }

    public int ClassOf(Dictionary<string, int> classes, string key)
    {
        if (!classes.TryGetValue(key, out var c))
        {
            classes[key] = c = classes.Count;
        }

        return c;
    }

    /// <summary>Every id in the instance and the element kind that has it.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    private ContextInfo?[] _contextOf = [];
    private int[] _unitClassOf = [];

    /// <summary>
    /// Resolves every item's contextRef, and every numeric item's unitRef, once, after the reading pass: the records
    /// stay as read, and the rules look the references up here.
    /// </summary>
    public void Resolve()
    {
        _contextOf = new ContextInfo?[Facts.Count];
        _unitClassOf = new int[Facts.Count];
        foreach (var fact in Facts)
        {
            _unitClassOf[fact.Index] = -1;
            if (!fact.Concept.IsItem)
            {
                continue;
            }

            _contextOf[fact.Index] = fact.ContextRef is { } c ? Contexts.GetValueOrDefault(c) : null;
            if (fact.Concept.IsNumeric && fact.UnitRef is { } u && Units.TryGetValue(u, out var unit))
            {
                _unitClassOf[fact.Index] = unit.Class;
            }
        }
    }

    /// <summary>The context an item's contextRef names (null: a tuple, or no such context).</summary>
    public ContextInfo? ContextOf(FactInfo fact) => _contextOf[fact.Index];

    /// <summary>The equality class of a numeric item's unit (-1: none, or no such unit).</summary>
    public int UnitClassOf(FactInfo fact) => _unitClassOf[fact.Index];

    /// <summary>The instance's footnote links, roleRefs and arcroleRefs, kept as small DOM fragments under one container.</summary>
    public XElement LinkContainer { get; } = new(Dts.Link + "linkbase");

    public List<(XElement Element, SourceSpan Span)> References { get; } = [];
}
