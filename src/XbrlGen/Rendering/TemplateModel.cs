using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace XbrlGen.Rendering;

/// <summary>
/// The member names of one kind of template model object (a fact, a context, a cell), shared by every object of that
/// kind. The templates read models through <see cref="ModelRow"/>s of a shape, never by reflection: that is what lets
/// the CLI be compiled ahead of time (Native AOT), and it is cheaper per object than a dictionary per row.
/// </summary>
internal sealed class ModelShape
{
    private readonly Dictionary<string, int> _index;

    public ModelShape(params string[] members)
    {
        Members = members;
        _index = new Dictionary<string, int>(members.Length, StringComparer.Ordinal);
        for (var i = 0; i < members.Length; i++)
        {
            _index.Add(members[i], i);
        }
    }

    public IReadOnlyList<string> Members { get; }

    /// <summary>One object of this shape: its values in the order of the shape's members.</summary>
    public ModelRow Of(params object?[] values) =>
        values.Length == Members.Count ? new ModelRow(this, values)
            : throw new ArgumentException($"a model of {Members.Count} members ({string.Join(", ", Members)}) given {values.Length} values", nameof(values));

    public bool TryIndex(string member, out int index) => _index.TryGetValue(member, out index);
}

/// <summary>One template model object: a shape's members and their values.</summary>
internal sealed class ModelRow(ModelShape shape, object?[] values)
{
    public ModelShape Shape { get; } = shape;

    public bool TryGet(string member, out object? value)
    {
        if (Shape.TryIndex(member, out var i))
        {
            value = values[i];
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>How Scriban reads a <see cref="ModelRow"/>: by member name, read-only, no indexer.</summary>
    internal sealed class Accessor : IObjectAccessor
    {
        public static readonly Accessor Instance = new();

        public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => ((ModelRow)target).Shape.Members.Count;

        public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ((ModelRow)target).Shape.Members;

        public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => ((ModelRow)target).Shape.TryIndex(member, out _);

        public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
            ((ModelRow)target).TryGet(member, out value);

        public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

        public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
        {
            value = null;
            return false;
        }

        public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

        public bool HasIndexer => false;

        public Type IndexType => typeof(string);
    }
}

/// <summary>
/// The context the templates render in: model objects are <see cref="ModelRow"/>s, <see cref="ScriptObject"/>s, lists,
/// strings and numbers. Any other .NET object would be read by Scriban through reflection, which a build compiled
/// ahead of time has trimmed away; it is refused here, so a plain build and its tests catch it too.
/// </summary>
internal sealed class ModelTemplateContext : TemplateContext
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        if (target is ModelRow)
        {
            return ModelRow.Accessor.Instance;
        }

        if (target is IScriptObject or string or IList or IDictionary || target.GetType().IsPrimitive || target is decimal)
        {
            return base.GetMemberAccessorImpl(target);
        }

        throw new InvalidOperationException($"template model objects are ModelRow or ScriptObject; {target.GetType()} would be read by reflection");
    }
}
