using Scriban;
using Scriban.Runtime;
using XbrlGen.Rendering;

namespace XbrlGen.Tests.Rendering;

/// <summary>
/// The templates read their models without reflection (so the CLI runs compiled ahead of time): rows of a shape by
/// member name, script objects and lists; any other .NET object is refused, in a plain build too.
/// </summary>
public class TemplateModelTests
{
    private static readonly ModelShape Shape = new("name", "value", "flag");

    private static string Render(string text, object model)
    {
        var globals = new ScriptObject { ["m"] = model };
        var context = new ModelTemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        return Template.Parse(text).Render(context);
    }

    [Fact]
    public void A_row_is_read_by_member_name()
    {
        var row = Shape.Of("a&b", 42, false);
        Assert.Equal("a&b 42 no", Render("{{ m.name }} {{ m.value }} {{ m.flag ? 'yes' : 'no' }}", row));
        Assert.Equal("x1 x2", Render("{{ for r in m }}{{ r.name }}{{ r.value }}{{ if !for.last }} {{ end }}{{ end }}", new List<ModelRow> { Shape.Of("x", 1, true), Shape.Of("x", 2, true) }));
    }

    [Fact]
    public void A_row_has_no_other_members()
    {
        Assert.True(Shape.Of("a", 1, true).TryGet("value", out var value));
        Assert.Equal(1, value);
        Assert.False(Shape.Of("a", 1, true).TryGet("Value", out _));
    }

    [Fact]
    public void A_row_needs_a_value_per_member()
    {
        var e = Assert.Throws<ArgumentException>(() => Shape.Of("a", 1));
        Assert.Contains("3 members (name, value, flag) given 2 values", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_other_object_is_refused_as_it_would_be_read_by_reflection()
    {
        var e = Assert.ThrowsAny<Exception>(() => Render("{{ m.name }}", new { name = "a" }));
        Assert.Contains("would be read by reflection", e.ToString(), StringComparison.Ordinal);
    }
}
