namespace XbrlGen.Tests.Validation;

/// <summary>
/// taxonomy/ carries every official schema the reference processor bundles, unmodified, and the catalog reaches each by
/// every spelling of its URL. Compared with <c>shared/xbrl-spec</c> beside the repository; skipped when it is absent.
/// </summary>
public class OfficialSchemaTests
{
    private static string? SharedSpec()
    {
        for (var dir = new DirectoryInfo(TestPaths.Layout.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "xbrl-spec");
            if (Directory.Exists(Path.Combine(candidate, "www.xbrl.org")))
            {
                return candidate;
            }
        }

        return null;
    }

    [SkippableFact]
    public void Every_official_schema_is_carried_byte_for_byte_and_resolves_by_every_spelling()
    {
        var spec = SharedSpec();
        Skip.If(spec is null, "shared/xbrl-spec (the official schemas) is not beside the repository");
        var bag = new XbrlGen.Diagnostics.DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!;
        var files = Directory.GetFiles(spec, "*", SearchOption.AllDirectories);
        Assert.True(files.Length > 200, $"only {files.Length} files in {spec}");
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(spec, file).Replace(Path.DirectorySeparatorChar, '/');
            var copy = Path.Combine(TestPaths.Layout.Taxonomy, relative.Replace('/', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(copy), relative + " is not in taxonomy/");
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(copy)), relative + " differs from the official copy");
            var host = relative[..relative.IndexOf('/', StringComparison.Ordinal)];
            var rest = relative[(host.Length + 1)..];
            var spellings = host == "www.xbrl.org"
                ? new[] { "http://www.xbrl.org/", "https://www.xbrl.org/", "http://xbrl.org/", "https://xbrl.org/" }
                : new[] { $"http://{host}/", $"https://{host}/" };
            foreach (var prefix in spellings)
            {
                Assert.Equal(Path.GetFullPath(copy), catalog.Resolve(prefix + rest));
            }
        }
    }
}
