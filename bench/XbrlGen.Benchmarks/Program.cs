using BenchmarkDotNet.Running;
using XbrlGen.Diagnostics;
using XbrlGen.Pipeline;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;

namespace XbrlGen.Benchmarks;

/// <summary>
/// <code>
/// dotnet run -c Release --project bench/XbrlGen.Benchmarks                      everything; rewrites the table in docs/performance.md
/// dotnet run -c Release --project bench/XbrlGen.Benchmarks -- --filter '*Validate*'   some benchmarks (BenchmarkDotNet filter)
/// dotnet run -c Release --project bench/XbrlGen.Benchmarks -- process          process start-up and peak working set only
/// dotnet run -c Release --project bench/XbrlGen.Benchmarks -- prepare          make and check the synthetic inputs only
/// dotnet run -c Release --project bench/XbrlGen.Benchmarks -- report           rebuild the table from the saved results
/// </code>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["child", .. var rest])
        {
            return ProcessMeasures.Child(rest);
        }

        var results = Results.Load();
        switch (args)
        {
            case ["prepare"]:
                Prepare(results, check: true);
                break;
            case ["process"]:
                Prepare(results, check: false);
                ProcessMeasures.Run(results);
                break;
            case ["report"]:
                break;
            case []:
                Prepare(results, check: false);
                RunBenchmarks(results, ["--filter", "*"]);
                ProcessMeasures.Run(results);
                break;
            default:
                Prepare(results, check: false);
                RunBenchmarks(results, args);
                break;
        }

        results.Save();
        var table = ResultsTable.Markdown(results);
        File.WriteAllText(Path.Combine(BenchPaths.Artifacts, "results.md"), table);
        ResultsTable.UpdateReadme(table);
        Console.WriteLine();
        Console.WriteLine(table);
        return 0;
    }

    private static void RunBenchmarks(Results results, string[] args)
    {
        foreach (var summary in BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new ShortInProcessConfig()))
        {
            results.Add(summary);
        }

        results.Save();
    }

    /// <summary>Makes the synthetic inputs (once; they are deterministic) and records their sizes. With <paramref name="check"/>, also generates and validates each.</summary>
    private static void Prepare(Results results, bool check)
    {
        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(BenchPaths.Layout.Taxonomy, bag)!;
        foreach (var name in new[] { "bundled" }.Concat(SyntheticRelease.Standard.Select(s => s.Name)))
        {
            var options = Inputs.GenerateOptions(name);
            if (name == "bundled" || check)
            {
                var result = check ? Generator.Run(options) : null;
                var filing = result?.Filing ?? Generator.Build(options, catalog, bag).Filing!;
                results.Set($"count/generate-{name}", filing.Facts.Count, "facts");
                results.Set($"count/generate-{name}-contexts", filing.Contexts.Count, "contexts");
                Console.WriteLine($"generate {name}: {filing.Facts.Count} facts, {filing.Contexts.Count} contexts" + (result is null ? string.Empty : $", exit {result.ExitCode}"));
            }
            else
            {
                var s = SyntheticRelease.ByName(name);
                results.Set($"count/generate-{name}", s.Facts + DocumentFacts, "facts");
                results.Set($"count/generate-{name}-contexts", s.Periods, "contexts");
            }
        }

        results.Set("count/validate-bundled", results.Get("count/generate-bundled") ?? 0, "facts");
        results.Set("count/validate-bundled-contexts", results.Get("count/generate-bundled-contexts") ?? 0, "contexts");
        foreach (var scaled in ScaledInstance.Standard)
        {
            var (facts, contexts) = scaled.Ensure().Counts();
            results.Set($"count/validate-{scaled.Name}", facts, "facts");
            results.Set($"count/validate-{scaled.Name}-contexts", contexts, "contexts");
            if (check)
            {
                Check(scaled.File, catalog, $"validate {scaled.Name}: {facts} facts, {contexts} contexts", new FileInfo(scaled.File).Length);
            }
        }

        var taxonomy = SyntheticTaxonomy.Standard.Ensure();
        if (check)
        {
            Check(taxonomy.Schema, catalog, $"taxonomy {taxonomy.Name}: {taxonomy.Concepts} concepts", taxonomy.Files.Sum(f => new FileInfo(f).Length));
        }
    }

    /// <summary>Validates an input as the CLI would, and prints its error count and first errors.</summary>
    private static void Check(string file, TaxonomyCatalog catalog, string what, long bytes)
    {
        var v = new DiagnosticBag();
        InstanceValidator.Validate(file, catalog, new ValidationOptions(), v);
        Console.WriteLine($"{what}, {v.ErrorCount} errors, {bytes / 1048576.0:0.0} MiB");
        foreach (var d in v.Items.Where(d => d.IsError).Take(5))
        {
            Console.WriteLine("  " + d);
        }
    }

    /// <summary>The document and entity facts (dei) every filing has besides its line items.</summary>
    private const int DocumentFacts = 10;
}
