using System.Reflection;
using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Diagnostics;

/// <summary>The one catalog, <see cref="Codes"/>: every descriptor formats, and a code shared by several descriptors means one thing for the run.</summary>
public class DiagnosticCatalogTests
{
    public static IEnumerable<(string Name, DiagnosticDescriptor Descriptor)> All() =>
        typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (f.Name, (DiagnosticDescriptor)f.GetValue(null)!));

    [Fact]
    public void Every_descriptor_formats_with_as_many_arguments_as_it_has_placeholders()
    {
        var all = All().ToList();
        Assert.True(all.Count > 50, $"only {all.Count} descriptors found");
        foreach (var (name, descriptor) in all)
        {
            var count = System.Text.RegularExpressions.Regex.Matches(descriptor.Format, @"(?<!\{)\{(\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
            var args = Enumerable.Range(0, count).Select(i => (object)(i + 10)).ToArray();
            var d = descriptor.Create(new SourceSpan("f", 1, 1), args);
            Assert.False(string.IsNullOrWhiteSpace(d.Message), name);
            Assert.DoesNotContain("{", d.Message.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("(?<value>", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal(descriptor.Code, d.Code);
            Assert.Equal(descriptor.Severity, d.Severity);
        }
    }

    [Fact]
    public void Descriptors_sharing_an_xg_code_share_its_severity_and_exit_outcome()
    {
        foreach (var group in All().Where(a => a.Descriptor.Code.StartsWith("XG", StringComparison.Ordinal)).GroupBy(a => a.Descriptor.Code))
        {
            Assert.True(group.Select(a => (a.Descriptor.Severity, a.Descriptor.Outcome)).Distinct().Count() == 1,
                $"{group.Key} is {string.Join(", ", group.Select(a => a.Name + " " + a.Descriptor.Severity + "/" + a.Descriptor.Outcome))}");
        }
    }

    [Fact]
    public void Xg_codes_are_four_digits_within_their_stage_ranges()
    {
        var codes = All().Select(a => a.Descriptor.Code).Where(c => c.StartsWith("XG", StringComparison.Ordinal)).Distinct().ToList();
        Assert.All(codes, c => Assert.Matches(@"^XG0[1-9]\d\d$", c));
        Assert.Contains(Codes.CrossCheckNotEqual.Code, codes);
    }

    [Fact]
    public void A_descriptor_formats_numbers_in_the_invariant_culture_and_gives_its_exit_outcome()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var d = Codes.CheckArity.Create(new SourceSpan("entity.yaml", 3, 5), "product", 3, 2.5m);
            Assert.EndsWith("not 2.5", d.Message, StringComparison.Ordinal);
            Assert.Equal(ExitOutcome.Unusable, d.Outcome);
            Assert.Equal(ExitOutcome.Invalid, Codes.CopiesDisagree.Create(new SourceSpan("r", 1, 1), "a", "b", "c", "d").Outcome);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
