using XbrlGen.Pipeline;

namespace XbrlGen.Tests.Pipeline;

/// <summary><c>validate</c>'s one library call: a verdict per input, or none when the taxonomy cannot be read.</summary>
public class InputValidationTests
{
    [Fact]
    public void A_taxonomy_folder_that_cannot_be_read_validates_nothing_and_exits_2()
    {
        var result = InputValidation.Validate([Path.Combine(TestPaths.Layout.Output, "iij-20030630.xml")], new ValidateOptions(Path.Combine(TestPaths.TempDir(), "no-taxonomy")));

        Assert.False(result.Validated);
        Assert.Empty(result.Inputs);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Pages_named_together_are_one_verdict_first_and_a_file_named_twice_is_validated_once()
    {
        var output = TestPaths.Layout.Output;
        var instance = Path.Combine(output, "iij-20030630.xml");
        var en = Path.Combine(output, "iij-20030630-en.xhtml");
        var ja = Path.Combine(output, "iij-20030630-ja.xhtml");

        var result = InputValidation.Validate([instance, en, instance, ja], new ValidateOptions(TestPaths.Layout.Taxonomy));

        Assert.True(result.Validated);
        Assert.Equal([en + " + " + ja, instance], result.Inputs.Select(i => i.Name));
        Assert.All(result.Inputs, i => Assert.True(i.Valid, string.Join("\n", i.Diagnostics)));
        Assert.Equal(0, result.ExitCode);
    }
}
