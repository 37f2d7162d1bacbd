using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Linkbases;
using XbrlGen.Validation.Taxonomies;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Validation;

/// <summary>
/// The compiled-DTS cache serves only the files it is given: a copy of a taxonomy in another folder, a linkbase changed
/// between two runs (even with its time and length kept), and runs in parallel are each validated as they are on disk.
/// Each test's runs share one cache (one options object), as one command's do.
/// </summary>
public class DtsCacheTests
{
    private readonly ValidationOptions _options = new();

    private const string Instance = "iij-20030630.xml";
    private const string Calculation = "iij-20030630_cal.xml";

    /// <summary>The same length as the weight it replaces: a change that time and length cannot see.</summary>
    private const string Weight = "weight=\"1.0\"";
    private const string WrongWeight = "weight=\"2.0\"";

    [Fact]
    public void Two_folders_with_one_layout_and_different_contents_are_each_validated_as_they_are()
    {
        var good = CopyOutput();
        var bad = CopyOutput();
        Edit(Path.Combine(bad, Calculation), Weight, WrongWeight);

        for (var round = 0; round < 2; round++)
        {
            var goodRun = Validate(good);
            Assert.False(goodRun.HasErrors, string.Join("\n", goodRun.Items));
            var badRun = Validate(bad);
            Assert.True(badRun.HasErrors, "the folder with the changed calculation linkbase must be invalid");
            AssertAllIn(bad, badRun);
        }
    }

    [Fact]
    public void The_same_content_in_two_folders_is_reported_in_each_folder_s_own_files()
    {
        var first = CopyOutput();
        var second = CopyOutput();
        foreach (var folder in new[] { first, second })
        {
            Edit(Path.Combine(folder, Instance), "unitRef=\"JPY\" decimals=\"-3\">8344046000<", "unitRef=\"JPY\" decimals=\"-3\">8344047000<");
        }

        var one = Validate(first);
        var two = Validate(second);
        Assert.True(one.HasErrors && two.HasErrors, "a changed total must be inconsistent");
        AssertAllIn(first, one);
        AssertAllIn(second, two);
        Assert.Equal(one.Items.Select(d => (d.Code, d.Message)), two.Items.Select(d => (d.Code, d.Message)));
    }

    [Fact]
    public void A_linkbase_changed_between_two_runs_is_read_again_though_its_time_and_length_are_kept()
    {
        var folder = CopyOutput();
        Assert.False(Validate(folder).HasErrors);

        var calculation = Path.Combine(folder, Calculation);
        var written = File.GetLastWriteTimeUtc(calculation);
        var length = new FileInfo(calculation).Length;
        Edit(calculation, Weight, WrongWeight);
        File.SetLastWriteTimeUtc(calculation, written);
        Assert.Equal(length, new FileInfo(calculation).Length);

        var changed = Validate(folder);
        Assert.True(changed.HasErrors, "the changed weight must be seen");
        AssertAllIn(folder, changed);

        Edit(calculation, WrongWeight, Weight);
        File.SetLastWriteTimeUtc(calculation, written);
        Assert.False(Validate(folder).HasErrors, "the restored linkbase must be valid again");
    }

    [Fact]
    public void A_copy_is_validated_in_place_after_the_folder_it_was_first_loaded_from_is_gone()
    {
        var first = CopyOutput();
        var second = CopyOutput();
        Assert.False(Validate(first).HasErrors);
        Directory.Delete(first, recursive: true);

        var run = Validate(second);
        Assert.False(run.HasErrors, string.Join("\n", run.Items));
        AssertAllIn(second, run);
    }

    /// <summary>
    /// As generate runs do: each run stages its own copy (the same taxonomy, and half of them a changed calculation
    /// linkbase), validates it and deletes it, in parallel; each verdict and every file named is the run's own.
    /// </summary>
    [Fact]
    public void Parallel_runs_each_on_its_own_staged_copy_agree_with_runs_one_at_a_time()
    {
        var goodAlone = Validate(CopyOutput());
        var badFolder = CopyOutput();
        Edit(Path.Combine(badFolder, Calculation), Weight, WrongWeight);
        var badAlone = Validate(badFolder);
        Assert.False(goodAlone.HasErrors);
        Assert.True(badAlone.HasErrors);
        string[] Codes(DiagnosticBag bag) => bag.Items.Select(d => d.Code + " " + d.Span.Line + " " + d.Message).ToArray();

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 12, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var folder = CopyOutput();
            var bad = i % 2 == 1;
            if (bad)
            {
                Edit(Path.Combine(folder, Calculation), Weight, WrongWeight);
            }

            var bag = Validate(folder);
            Directory.Delete(folder, recursive: true);
            if (!Codes(bag).SequenceEqual(Codes(bad ? badAlone : goodAlone)))
            {
                failures.Add($"run {i} ({(bad ? "changed" : "unchanged")}): {string.Join("\n", bag.Items)}");
            }

            if (bag.Items.SelectMany(d => d.Related.Prepend(d.Span)).FirstOrDefault(span => !Path.GetFullPath(span.File).StartsWith(folder, StringComparison.Ordinal)
                && !Path.GetFullPath(span.File).StartsWith(Path.GetFullPath(TestPaths.Layout.Taxonomy), StringComparison.Ordinal)) is { } elsewhere)
            {
                failures.Add($"run {i} names {elsewhere.File}, not in its folder {folder}");
            }
        });

        Assert.Empty(failures);
    }

    /// <summary>
    /// Package entries are held in memory, all with one time: two packages read in turn at one place, whose linkbases
    /// differ in content but not in length, are each validated as they are.
    /// </summary>
    [Fact]
    public void Package_entries_held_in_turn_at_one_place_are_each_validated_as_they_are()
    {
        var root = Path.Combine(Path.GetFullPath(TestPaths.TempDir()), "package.xbr", "top", "reports");
        FileSet Entries(bool changed) => FileSet.Disk.WithPackage(root, Directory.GetFiles(TestPaths.Layout.Output, "iij-20030630*")
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .Select(e => changed && e.Item1 == Calculation
                ? (e.Item1, System.Text.Encoding.UTF8.GetBytes(ReplaceFirst(System.Text.Encoding.UTF8.GetString(e.Item2), Weight, WrongWeight)))
                : e)
            .Select(e => new DocumentSource.PackageEntry(Path.Combine(root, e.Item1), "package.xbr", e.Item1, e.Item2)));

        foreach (var changed in new[] { false, true, false })
        {
            var bag = Validate(root, Entries(changed));
            Assert.True(changed == bag.HasErrors, $"{(changed ? "changed" : "unchanged")} package: {string.Join("\n", bag.Items)}");
        }
    }

    /// <summary>Every diagnostic about a file of the filing names the copy in <paramref name="folder"/>, never another's.</summary>
    private static void AssertAllIn(string folder, DiagnosticBag bag)
    {
        var taxonomy = Path.GetFullPath(TestPaths.Layout.Taxonomy);
        foreach (var d in bag.Items)
        {
            foreach (var span in d.Related.Prepend(d.Span))
            {
                var file = Path.GetFullPath(span.File);
                Assert.True(file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || file.StartsWith(taxonomy, StringComparison.Ordinal), $"{d} is not about {folder}");
            }
        }
    }

    internal static void Edit(string file, string from, string to) => File.WriteAllText(file, ReplaceFirst(File.ReadAllText(file), from, to));

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{from}' is not in the text");
        return text[..i] + to + text[(i + from.Length)..];
    }

    /// <summary>A copy of the generated filing in a new folder of its own (an absolute path).</summary>
    internal static string CopyOutput() => Path.GetFullPath(AgreementTests.CopyOutput());

    private DiagnosticBag Validate(string folder, FileSet? files = null)
    {
        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!.WithFiles(files ?? FileSet.Disk);
        InstanceValidator.Validate(Path.Combine(folder, Instance), catalog, _options, bag);
        return bag;
    }
}

/// <summary>The cache itself (a cache of its own: no other test's loads reach it): what it serves, and when it loads again.</summary>
public class DtsCacheAloneTests
{
    private const string Schema = "iij-20030630.xsd";
    private const string Label = "iij-20030630_lab.xml";

    [Fact]
    public void A_hit_is_the_same_files_with_the_same_bytes_and_a_change_of_content_loads_again()
    {
        var folder = DtsCacheTests.CopyOutput();
        var other = DtsCacheTests.CopyOutput();
        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!;
        var loads = 0;
        var cache = new DtsCache();
        LoadedDts Get(string dir)
        {
            var schema = Path.Combine(dir, Schema);
            var resolver = new OfflineResolver(catalog, [dir]);
            return cache.GetOrLoad("test\n" + schema, resolver, () =>
            {
                loads++;
                var diagnostics = new DiagnosticBag();
                var dts = Dts.Discover([(new Uri(schema), SourceSpan.ForFile(schema))], resolver, diagnostics);
                var taxonomy = Taxonomy.Load(dts, schema, diagnostics);
                return new LoadedDts(dts, taxonomy, taxonomy is null ? null : Networks.Build(taxonomy, diagnostics), diagnostics.Items);
            });
        }

        var first = Get(folder);
        Assert.True(first.Reusable, string.Join("\n", first.Diagnostics));
        Assert.Same(first, Get(folder));
        Assert.Equal(1, loads);

        // Another folder with the same bytes is another DTS: its documents are its own files.
        var copy = Get(other);
        Assert.NotSame(first, copy);
        Assert.Equal(2, loads);
        Assert.All(copy.Dts.Documents.Where(d => d.Uri.StartsWith("file:", StringComparison.Ordinal)), d => Assert.StartsWith(other, d.LocalPath, StringComparison.Ordinal));

        // A label changed in place, the same length and time: loaded again, with the new text.
        var label = Path.Combine(folder, Label);
        var written = File.GetLastWriteTimeUtc(label);
        DtsCacheTests.Edit(label, ">Accounts payable<", ">ACCOUNTS PAYABLE<");
        File.SetLastWriteTimeUtc(label, written);
        var changed = Get(folder);
        Assert.NotSame(first, changed);
        Assert.Equal(3, loads);
        Assert.Contains(changed.Dts.Documents.Single(d => d.LocalPath == label).Xml.Descendants(), e => e.Value == "ACCOUNTS PAYABLE");
    }
}
