using System.Diagnostics;
using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Pipeline;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;

namespace XbrlGen.Benchmarks;

/// <summary>
/// What BenchmarkDotNet cannot measure in its own process: whole-process wall time (start to exit) and peak working set.
/// Each is taken in a child process, started the way a user starts it (<c>dotnet program.dll ...</c>).
/// </summary>
public static class ProcessMeasures
{
    private const int Runs = 9;

    /// <summary>Arelle takes tens of seconds on the 150k instance: fewer rounds for that pair.</summary>
    private const int ArelleRuns = 3;

    public static void Run(Results results)
    {
        var cli = Require(BenchPaths.Cli);
        var noop = Require(BenchPaths.Noop);
        var output = BenchPaths.Scratch("process-generate");

        var published = PublishReadyToRun();
        var medians = MedianWallMs([(noop, []), (cli, ["generate", "--out", output]), (published, ["generate", "--out", output])]);
        var (noopMs, generateMs, publishedMs) = (medians[0], medians[1], medians[2]);
        results.Set("process/noop", noopMs, "ms");
        results.Set("process/generate-bundled", generateMs, "ms");
        results.Set("process/generate-bundled-r2r", publishedMs, "ms");
        Console.WriteLine($"process: trivial console {noopMs:0.0} ms, generate (bundled) {generateMs:0.0} ms, ReadyToRun publish {publishedMs:0.0} ms");

        // The installed tool, as a user starts it (its own executable), against the trivial console's own executable.
        var tool = InstallTool();
        var noopHost = Require(BenchPaths.NoopHost);
        var installed = MedianWallMs([(noopHost, []), (tool, ["generate", "--out", output])]);
        results.Set("process/noop-host", installed[0], "ms");
        results.Set("process/generate-bundled-tool", installed[1], "ms");
        Console.WriteLine($"process: trivial console (executable) {installed[0]:0.0} ms, installed tool generate (bundled) {installed[1]:0.0} ms");

        // validate on the 150k instance, whole process: the installed tool against Arelle, when ARELLE_CMD names it.
        var instance150k = ScaledInstance.ByName("150k").Ensure().File;
        if (Environment.GetEnvironmentVariable("ARELLE_CMD") is { Length: > 0 } arelle)
        {
            var words = arelle.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pair = MedianWallMs([(tool, ["validate", instance150k]), (words[0], [.. words[1..], instance150k])], runs: ArelleRuns);
            results.Set("process/validate-150k-tool", pair[0], "ms");
            results.Set("process/validate-150k-arelle", pair[1], "ms");
            Console.WriteLine($"process: validate 150k, installed tool {pair[0]:0} ms, Arelle {pair[1]:0} ms");
        }
        else
        {
            Console.WriteLine("process: ARELLE_CMD is not set: the Arelle comparison is skipped (docs/performance.md)");
        }

        // A 10,000-concept taxonomy loaded as a DTS: cold, warm, from the cache, and its files' bare parse.
        var taxonomy = SyntheticTaxonomy.Standard.Ensure();
        var variants = Enumerable.Range(1, 3).Select(taxonomy.Variant).ToList();
        var self0 = typeof(ProcessMeasures).Assembly.Location;
        var dtsOut = Start(self0, ["child", "dts", taxonomy.Schema, .. variants]);
        if (dtsOut.Code != 0)
        {
            throw new InvalidOperationException("child dts exited " + dtsOut.Code + ": " + dtsOut.Error);
        }

        var figures = dtsOut.Output.Trim().Split('\n')[^2].Split(' ').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        results.Set("dts/10k-cold", figures[0], "ms");
        results.Set("dts/10k-warm", figures[1], "ms");
        results.Set("dts/10k-cached", figures[2], "ms");
        results.Set("dts/10k-parse", figures[3], "ms");
        results.Set("dts/10k-parse-cold", figures[4], "ms");
        results.Set("count/dts-10k", taxonomy.Concepts, "concepts");
        results.Set("size/dts-10k", taxonomy.Files.Sum(f => new FileInfo(f).Length), "bytes");
        Console.WriteLine($"DTS of {taxonomy.Concepts} concepts: cold {figures[0]:0} ms, warm {figures[1]:0} ms, cached {figures[2]:0.0} ms, bare parse {figures[3]:0.0} ms (cold {figures[4]:0.0} ms)");

        var self = typeof(ProcessMeasures).Assembly.Location;
        foreach (var name in new[] { "150k" })
        {
            var file = ScaledInstance.ByName(name).Ensure().File;
            var peak = ChildPeak(self, ["child", "validate", file]);
            var floor = ChildPeak(self, ["child", "read", file]);
            results.Set($"peak/validate-{name}", peak, "bytes");
            results.Set($"peak/read-{name}", floor, "bytes");
            results.Set($"size/instance-{name}", new FileInfo(file).Length, "bytes");
            Console.WriteLine($"peak working set: validate {name} {peak / 1048576.0:0.0} MiB, bare XmlReader {floor / 1048576.0:0.0} MiB, file {new FileInfo(file).Length / 1048576.0:0.0} MiB");
        }

        foreach (var synthetic in SyntheticRelease.Standard)
        {
            synthetic.Ensure();
            var peak = ChildPeak(self, ["child", "generate", synthetic.Name]);
            results.Set($"peak/generate-{synthetic.Name}", peak, "bytes");
            Console.WriteLine($"peak working set: generate {synthetic.Name} {peak / 1048576.0:0.0} MiB");
        }
    }

    /// <summary>The work of a child process; prints its peak working set (bytes) as its last line.</summary>
    public static int Child(string[] args)
    {
        switch (args)
        {
            case ["validate", var file]:
            {
                var bag = new DiagnosticBag();
                var catalog = TaxonomyCatalog.Load(BenchPaths.Layout.Taxonomy, bag)!;
                InstanceValidator.Validate(file, catalog, new ValidationOptions(), bag);
                if (bag.HasErrors)
                {
                    Console.Error.WriteLine(string.Join('\n', bag.Items.Where(d => d.IsError).Take(5)));
                    return 1;
                }

                break;
            }

            case ["read", var file]:
                Floors.ReadAll(file);
                break;
            case ["generate", var name]:
            {
                var result = Generator.Run(Inputs.GenerateOptions(name));
                if (result.ExitCode != 0)
                {
                    Console.Error.WriteLine(string.Join('\n', result.Diagnostics.Where(d => d.IsError).Take(5)));
                    return 1;
                }

                break;
            }

            case ["stages", var name]:
                Stages(name);
                break;
            case ["dts", var schema, .. var variants]:
                if (!LoadDts(schema, variants))
                {
                    return 1;
                }

                break;
            default:
                Console.Error.WriteLine("child validate FILE | child read FILE | child generate NAME | child stages NAME");
                return 2;
        }

        using var me = Process.GetCurrentProcess();
        me.Refresh();
        Console.WriteLine(me.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>Where the time of one cold <c>generate</c> goes, stage by stage (the first run in a process pays for JIT).</summary>
    private static void Stages(string name)
    {
        var options = Inputs.GenerateOptions(name);
        var sw = Stopwatch.StartNew();
        var total = Stopwatch.StartNew();
        void Lap(string stage)
        {
            Console.WriteLine($"{stage,-28} {sw.Elapsed.TotalMilliseconds,8:0.0} ms");
            sw.Restart();
        }

        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(options.Taxonomy, bag)!;
        Lap("catalog");
        var baseTaxonomy = BaseTaxonomy.Load(catalog, bag)!;
        Lap("base taxonomy");
        var mapping = XbrlGen.Mapping.MappingLoader.Load(options.Mapping, bag)!;
        Lap("mapping (YAML)");
        var release = XbrlGen.Reading.ReleaseReader.ReadFile(options.Release, new XbrlGen.Reading.ReaderOptions(mapping.Entity.Calendar), bag)!;
        Lap("read release");
        var (filing, trace) = XbrlGen.Mapping.FilingBuilder.BuildTraced(release, mapping, baseTaxonomy, bag);
        Lap("map (filing builder)");
        var context = XbrlGen.Review.ReviewContext.Create(release, mapping, filing!, trace!);
        XbrlGen.Review.ReviewRules.Run(context, bag);
        var review = XbrlGen.Review.ReviewReport.Create(context, bag.Items);
        Lap("review (rules, report)");
        var renderer = XbrlGen.Rendering.FilingRenderer.Create(null, bag)!;
        Lap("parse templates");
        var folder = BenchPaths.Scratch("stages-" + name);
        Directory.CreateDirectory(folder);
        var names = new List<string>();
        foreach (var document in renderer.Render(filing!, Path.GetFileName(options.Release)).Append(renderer.RenderReview(review, filing!.BaseName + "-review.html", Path.GetFileName(options.Release))))
        {
            document.WriteFile(Path.Combine(folder, document.FileName));
            names.Add(document.FileName);
            Lap("render " + document.FileName[filing!.BaseName.Length..]);
        }

        FilingPackages.Write(folder, filing!, names, options.Taxonomy, bag);
        Lap("packages (.xbr, .xbri, taxonomy)");
        var validation = new ValidationOptions { FilerManual = true, RequiredLabelLanguages = ["en", "ja"] };
        InstanceValidator.Validate(Path.Combine(folder, filing!.InstanceFile), catalog, validation, bag);
        Lap("validate the instance");
        InlineValidator.Validate(names.Where(n => n.EndsWith(".xhtml", StringComparison.Ordinal)).Select(n => Path.Combine(folder, n)).ToList(), catalog, validation, bag);
        Lap("validate the Inline pages");
        InstanceValidator.Validate(Path.Combine(folder, filing!.InstanceFile), catalog, validation, bag);
        Lap("validate the instance again");
        Console.WriteLine($"{"total",-28} {total.Elapsed.TotalMilliseconds,8:0.0} ms, {bag.ErrorCount} errors");
        Console.WriteLine($"{"allocated",-28} {GC.GetTotalAllocatedBytes() / 1048576.0,8:0.0} MiB, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms in {GC.CollectionCount(0)} collections");
    }

    /// <summary>
    /// The CLI as <c>dotnet publish -r RID -p:XbrlGenNativeTool=false</c> makes it (ReadyToRun, see its project file;
    /// on linux-x64 a plain <c>publish -r</c> is Native AOT, which the installed tool's row measures), in artifacts/;
    /// published again whenever the build is newer.
    /// </summary>
    private static string PublishReadyToRun()
    {
        var folder = Path.Combine(BenchPaths.Artifacts, "cli-readytorun");
        var dll = Path.Combine(folder, "XbrlGen.Cli.dll");
        var built = new[] { BenchPaths.Cli, Path.Combine(Path.GetDirectoryName(BenchPaths.Cli)!, "XbrlGen.dll") }.Max(File.GetLastWriteTimeUtc);
        if (File.Exists(dll) && File.GetLastWriteTimeUtc(dll) >= built)
        {
            return dll;
        }

        Console.WriteLine("publishing the CLI with ReadyToRun to " + folder);
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = BenchPaths.Layout.Root };
        foreach (var a in new[] { "publish", Path.Combine("src", "XbrlGen.Cli"), "-c", BenchPaths.Configuration, "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-p:XbrlGenNativeTool=false", "-o", folder, "-v", "quiet", "-nologo" })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode == 0 && File.Exists(dll) ? dll : throw new InvalidOperationException("dotnet publish of the CLI failed");
    }

    /// <summary>
    /// Loads a taxonomy as a DTS (<c>validate</c> on its schema) in this fresh process: first cold (JIT and all), then
    /// again (the compiled-DTS cache serves it), then each variant (a changed copy: the cache misses, the JIT is warm),
    /// and parses its files with a bare XmlReader, cold then warm. Prints "cold warm cached parse parse-cold" in ms.
    /// </summary>
    private static bool LoadDts(string schema, string[] variants)
    {
        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(BenchPaths.Layout.Taxonomy, bag)!;
        var options = new ValidationOptions(); // one set of caches for the process, as one command's
        double Time(string file)
        {
            var sw = Stopwatch.StartNew();
            InstanceValidator.Validate(file, catalog, options, bag);
            return sw.Elapsed.TotalMilliseconds;
        }

        var files = Directory.GetFiles(Path.GetDirectoryName(schema)!).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
        double Parse()
        {
            var sw = Stopwatch.StartNew();
            foreach (var f in files)
            {
                Floors.ReadAll(f);
            }

            return sw.Elapsed.TotalMilliseconds;
        }

        var parseCold = Parse();
        var cold = Time(schema);
        var cached = Time(schema);
        var warm = variants.Select(Time).Order().ElementAt(variants.Length / 2);
        var parse = Enumerable.Range(0, 5).Select(_ => Parse()).Order().ElementAt(2);
        if (bag.HasErrors)
        {
            Console.Error.WriteLine(string.Join('\n', bag.Items.Where(d => d.IsError).Take(5)));
            return false;
        }

        Console.WriteLine(string.Join(' ', new[] { cold, warm, cached, parse, parseCold }.Select(x => x.ToString("0.###", CultureInfo.InvariantCulture))));
        return true;
    }

    /// <summary>
    /// The tool as users get it: the CLI packed (<c>dotnet pack</c>, the package per platform) and installed from that
    /// local package alone into <c>artifacts/tool</c> (<c>dotnet tool install --tool-path</c>). Redone when the CLI is
    /// rebuilt. Returns the installed command.
    /// </summary>
    private static string InstallTool()
    {
        var root = BenchPaths.Scratch("tool");
        var packages = Path.Combine(root, "packages");
        var bin = Path.Combine(root, "bin");
        var command = Path.Combine(bin, OperatingSystem.IsWindows() ? "xbrlgen.exe" : "xbrlgen");
        var built = new[] { BenchPaths.Cli, Path.Combine(Path.GetDirectoryName(BenchPaths.Cli)!, "XbrlGen.dll") }.Max(File.GetLastWriteTimeUtc);
        if (File.Exists(command) && File.GetLastWriteTimeUtc(command) >= built)
        {
            return command;
        }

        Console.WriteLine("packing and installing the tool in " + root);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(packages);
        Dotnet(BenchPaths.Layout.Root, "pack", Path.Combine("src", "XbrlGen.Cli"), "-c", BenchPaths.Configuration, "-o", packages, "-v", "quiet", "-nologo");
        var config = Path.Combine(root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);
        Dotnet(root, "tool", "install", "--tool-path", bin, "--configfile", config, "XbrlGen.Cli");
        return File.Exists(command) ? command : throw new InvalidOperationException("the tool did not install to " + command);
    }

    private static void Dotnet(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + string.Join(' ', args) + " failed");
        }
    }

    private static string Require(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not built: build the solution in {BenchPaths.Configuration} first");

    /// <summary>
    /// Median wall time of each <c>dotnet program args</c>, start to exit, after one unmeasured round. The programs
    /// take turns, round after round, so load from elsewhere on a shared machine falls on all of them alike.
    /// </summary>
    private static double[] MedianWallMs(IReadOnlyList<(string Program, string[] Args)> programs, int runs = Runs)
    {
        var times = programs.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round <= runs; round++)
        {
            for (var p = 0; p < programs.Count; p++)
            {
                var (program, args) = programs[p];
                var sw = Stopwatch.StartNew();
                var (code, _, err) = Start(program, args);
                sw.Stop();
                if (code != 0)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', args)} exited {code}: {err}");
                }

                if (round > 0)
                {
                    times[p].Add(sw.Elapsed.TotalMilliseconds);
                }
            }
        }

        return times.Select(t => t.Order().ElementAt(t.Count / 2)).ToArray();
    }

    private static long ChildPeak(string program, string[] args)
    {
        var (code, output, err) = Start(program, args);
        if (code != 0)
        {
            throw new InvalidOperationException($"child {string.Join(' ', args)} exited {code}: {err}");
        }

        return long.Parse(output.Trim().Split('\n')[^1], CultureInfo.InvariantCulture);
    }

    private static (int Code, string Output, string Error) Start(string program, string[] args)
    {
        // A .dll is started as "dotnet program.dll"; anything else (an installed tool, an app host, a script) directly.
        var viaDotnet = program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(viaDotnet ? "dotnet" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = BenchPaths.Layout.Root,
        };
        if (viaDotnet)
        {
            info.ArgumentList.Add(program);
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
