using XbrlGen.Pipeline;
using XbrlGen.Diagnostics;

namespace XbrlGen.Tests.Pipeline;

/// <summary><c>generate</c> never deletes or overwrites a file it did not write: a folder holding one is refused, untouched.</summary>
public class NoLostFilesTests
{
    private static string OutputWithUserFiles(bool withPreviousRun)
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        if (withPreviousRun)
        {
            Assert.Equal(0, Generator.Run(TestPaths.Options(output: output)).ExitCode);
        }

        Directory.CreateDirectory(Path.Combine(output, "sub"));
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(output, "sub", "y.txt"), "mine too");
        return output;
    }

    private static void UserFilesSurvive(string output)
    {
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Equal("mine too", File.ReadAllText(Path.Combine(output, "sub", "y.txt")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_run_that_would_succeed_refuses_a_folder_with_a_users_files_and_touches_nothing(bool withPreviousRun)
    {
        var output = OutputWithUserFiles(withPreviousRun);
        var before = Directory.GetFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        var result = Generator.Run(TestPaths.Options(output: output));

        Assert.Equal(2, result.ExitCode);
        var refused = Assert.Single(result.Diagnostics, d => d.Code == Codes.OutputNotOwn.Code);
        Assert.Contains("notes.txt, sub/", refused.Message, StringComparison.Ordinal);
        UserFilesSurvive(output);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(kv.Key)));
    }

    [Fact]
    public void A_run_that_fails_leaves_a_users_files_where_they_were()
    {
        var output = OutputWithUserFiles(withPreviousRun: true);
        var release = TestPaths.ReleaseWith(_ => string.Empty);

        var result = Generator.Run(TestPaths.Options(release: release, output: output));

        Assert.Equal(2, result.ExitCode);
        UserFilesSurvive(output);
    }

    [Fact]
    public void A_second_run_replaces_only_what_the_first_wrote_as_listed_in_the_manifest()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, Generator.Run(TestPaths.Options(output: output)).ExitCode);
        var manifest = File.ReadAllLines(Path.Combine(output, AtomicOutput.ManifestName)).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(Directory.GetFiles(output).Select(Path.GetFileName).Where(n => n != AtomicOutput.ManifestName).Order(StringComparer.Ordinal), manifest);
        Assert.Contains("iij-20030630.xbr", manifest);

        Assert.Equal(0, Generator.Run(TestPaths.Options(output: output)).ExitCode);

        // A file the manifest does not list, even one named like a document, stops the next run.
        File.Delete(Path.Combine(output, AtomicOutput.ManifestName));
        var result = Generator.Run(TestPaths.Options(output: output));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.OutputNotOwn.Code && d.Message.Contains("iij-20030630-en.xhtml", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejected_documents_do_not_replace_a_rejected_folder_holding_a_users_files()
    {
        var mapping = TestPaths.MappingWith();
        Directory.CreateDirectory(Path.Combine(mapping, "templates"));
        File.WriteAllText(Path.Combine(mapping, "templates", "instance.sbn-xml"), Rendering.RenderingTests.InstanceTemplateWithAnUnusedUnit());
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Directory.CreateDirectory(output + ".rejected");
        File.WriteAllText(Path.Combine(output + ".rejected", "notes.txt"), "mine");

        var result = Generator.Run(TestPaths.Options(output: output, mapping: mapping));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.OutputNotOwn.Code && !d.IsError);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(output + ".rejected").Select(Path.GetFileName));
        Assert.False(Directory.Exists(output));
    }
}
