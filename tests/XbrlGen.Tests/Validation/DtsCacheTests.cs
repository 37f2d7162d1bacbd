using XbrlGen.Diagnostics;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Validation;

/// <summary>
/// The compiled-taxonomy cache is keyed by content: a copy of a filing in another folder (as each generate run stages
/// one) reuses the DTS compiled for the first, and the verdicts are still those of the copy's own files.
/// </summary>
public class DtsCacheTests
{
    private const string Instance = "iij-20030630.xml";

    private static string Copy(Func<string, string, string>? edit = null)
    {
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(TestPaths.Layout.Output).Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".xsd", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(f);
            var text = File.ReadAllText(f);
            File.WriteAllText(Path.Combine(dir, name), edit is null ? text : edit(name, text));
        }

        return dir;
    }

    private static IReadOnlyList<Diagnostic> Validate(string folder)
    {
        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!;
        InstanceValidator.Validate(Path.Combine(folder, Instance), catalog, new ValidationOptions(), bag);
        return bag.Items;
    }

    [Fact]
    public void A_copy_in_another_folder_validates_alike_and_a_changed_copy_is_read_afresh()
    {
        Assert.DoesNotContain(Validate(Copy()), d => d.IsError);
        Assert.DoesNotContain(Validate(Copy()), d => d.IsError);

        // The extension schema no longer declares the adjusted EBITDA concept by that name: the instance's facts of it
        // are now errors, which reusing the first copy's DTS would miss.
        var changed = Validate(Copy((name, text) => name.EndsWith(".xsd", StringComparison.Ordinal)
            ? ReplaceFirst(text, "name=\"AdjustedEbitda\"", "name=\"AdjustedEbitdaRenamed\"")
            : text));
        Assert.Contains(changed, d => d.IsError);
    }

    [Fact]
    public void Diagnostics_of_a_reused_taxonomy_name_the_copy_validated()
    {
        // A calculation arc with a weight that is not a decimal: a taxonomy error, reported on the linkbase.
        static string Broken(string name, string text) => name.EndsWith("_cal.xml", StringComparison.Ordinal)
            ? ReplaceFirst(text, "weight=\"1.0\"", "weight=\"one\"")
            : text;

        var first = Copy(Broken);
        var second = Copy(Broken);
        var a = Validate(first).Where(d => d.IsError).ToList();
        var b = Validate(second).Where(d => d.IsError).ToList();
        Assert.NotEmpty(a);
        Assert.Equal(a.Select(d => d.Code), b.Select(d => d.Code));
        Assert.All(b, d => Assert.DoesNotContain(first, d.Span.File, StringComparison.Ordinal));
        Assert.Contains(b, d => d.Span.File.StartsWith(second, StringComparison.Ordinal));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, from);
        return text[..i] + to + text[(i + from.Length)..];
    }
}
