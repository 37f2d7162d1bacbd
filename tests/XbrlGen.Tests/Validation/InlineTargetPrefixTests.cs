using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Validation;

/// <summary>
/// A page that binds the target document's root prefix (<c>xbrli</c>) to another namespace gets coded errors, not an
/// internal error: the target document is still written (found by the validator fuzz tests).
/// </summary>
public class InlineTargetPrefixTests
{
    [Fact]
    public void A_page_binding_xbrli_to_another_namespace_gets_a_verdict()
    {
        var folder = TestPaths.TempDir();
        foreach (var file in Directory.GetFiles(TestPaths.Layout.Output, "iij-20030630*"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var page = Path.Combine(folder, "iij-20030630-en.xhtml");
        var text = File.ReadAllText(page);
        Assert.Contains("xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"", text, StringComparison.Ordinal);
        File.WriteAllText(page, text.Replace("xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"", "xmlns:xbrli=\"http://www.xbrl.org/2/>003/instance\"", StringComparison.Ordinal));

        var (exit, output, error) = Outcome.Cli("validate", page);
        Assert.Equal(1, exit);
        Assert.DoesNotContain(Codes.Internal.Code, output + error, StringComparison.Ordinal);
        Assert.EndsWith("iij-20030630-en.xhtml: invalid (", output.TrimEnd().Split('\n')[^1][..(output.TrimEnd().Split('\n')[^1].IndexOf('(', StringComparison.Ordinal) + 1)], StringComparison.Ordinal);
    }
}
