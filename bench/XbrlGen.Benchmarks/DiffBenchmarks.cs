using BenchmarkDotNet.Attributes;
using XbrlGen.Comparison;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;

namespace XbrlGen.Benchmarks;

/// <summary>
/// <c>diff</c> of two 150k-fact instances (the scaled instance, and a copy of it in a folder of its own with one value
/// changed, as a next filing would be) beside <c>validate</c> of one of them: the target is that the diff takes no
/// longer (issue 21). Both read the instance with the validator's streaming pass (the diff without the checks only the
/// rules need, <c>InstanceValidator.ReadValues</c>); the DTS is served by the in-process cache after the first
/// iteration, for both.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private TaxonomyCatalog _catalog = null!;

    /// <summary>One set of caches for every iteration, as one command's runs share one.</summary>
    private readonly ValidationOptions _validation = new();
    private string _old = null!;
    private string _new = null!;

    [Params("150k")]
    public string Input { get; set; } = "150k";

    [GlobalSetup]
    public void Setup()
    {
        var scaled = ScaledInstance.ByName(Input).Ensure();
        _old = scaled.File;
        _new = ChangedCopy(scaled);
        var bag = new DiagnosticBag();
        _catalog = TaxonomyCatalog.Load(BenchPaths.Layout.Taxonomy, bag) ?? throw new InvalidOperationException(string.Join('\n', bag.Items));
        if (Diff() != 1)
        {
            throw new InvalidOperationException("the diff of " + _old + " and " + _new + " is not exactly one change");
        }
    }

    /// <summary>The scaled instance's folder copied, the first fact of the plain current quarter's revenues raised by 1,000,000.</summary>
    private static string ChangedCopy(ScaledInstance scaled)
    {
        var folder = BenchPaths.Data("instance-" + scaled.Name + "-changed");
        var file = Path.Combine(folder, Path.GetFileName(scaled.File));
        if (File.Exists(Path.Combine(folder, ".complete")))
        {
            return file;
        }

        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(scaled.Folder).Where(f => !f.EndsWith(".complete", StringComparison.Ordinal)))
        {
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)), overwrite: true);
        }

        var text = File.ReadAllText(scaled.File);
        const string Tag = "<gaap:Revenues contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\">";
        var at = text.IndexOf(Tag, StringComparison.Ordinal) + Tag.Length;
        var end = text.IndexOf('<', at);
        var value = decimal.Parse(text[at..end], System.Globalization.CultureInfo.InvariantCulture) + 1_000_000m;
        File.WriteAllText(file, text[..at] + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + text[end..]);
        File.WriteAllText(Path.Combine(folder, ".complete"), "changed");
        return file;
    }

    /// <summary>Both filings read and compared: facts and taxonomy. Returns the number of changes.</summary>
    [Benchmark]
    public int Diff()
    {
        var result = FilingComparison.Compare(_old, _new, _catalog, _validation);
        return result.Diff is { } diff ? diff.Facts.Count + diff.Taxonomy.Count : -1;
    }

    /// <summary>The target's measure: <c>validate</c> of one of the two instances.</summary>
    [Benchmark(Baseline = true)]
    public int ValidateOne()
    {
        var bag = new DiagnosticBag();
        InstanceValidator.Validate(_old, _catalog, _validation, bag);
        return bag.ErrorCount;
    }
}
