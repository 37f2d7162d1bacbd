using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Pipeline;
using XbrlGen.Rendering;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;

namespace XbrlGen.Benchmarks;

/// <summary>
/// Short runs, in this process (no per-job project build): one warm-up and three measured iterations. Enough to see a
/// 5x ratio on a busy two-core machine; not enough for fine differences.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddLogger(ConsoleLogger.Default);
        AddExporter(MarkdownExporter.GitHub);
        ArtifactsPath = Path.Combine(BenchPaths.Artifacts, "BenchmarkDotNet");
        WithOptions(ConfigOptions.JoinSummary);
    }
}

/// <summary><c>generate</c> on the bundled release and on synthetic releases, beside a bare <see cref="System.Xml.XmlWriter"/> writing the same facts.</summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class GenerateBenchmarks
{
    private GenerateOptions _options = null!;
    private Filing _filing = null!;
    private TaxonomyCatalog _catalog = null!;
    private string _scratch = null!;

    /// <summary><c>bundled</c>, or a synthetic release: <c>1k</c>, <c>10k</c>, <c>100k</c> facts.</summary>
    [Params("bundled", "1k", "10k", "100k")]
    public string Input { get; set; } = "bundled";

    [GlobalSetup]
    public void Setup()
    {
        _options = Inputs.GenerateOptions(Input);
        _scratch = BenchPaths.Scratch("render-" + Input);
        Directory.CreateDirectory(_scratch);
        var bag = new DiagnosticBag();
        _catalog = TaxonomyCatalog.Load(_options.Taxonomy, bag) ?? throw new InvalidOperationException(string.Join('\n', bag.Items));
        _filing = Generator.Build(_options, _catalog, bag).Filing ?? throw new InvalidOperationException(string.Join('\n', bag.Items));
        var check = Generator.Run(_options);
        if (check.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Join('\n', check.Diagnostics.Where(d => d.IsError)));
        }
    }

    /// <summary>The whole pipeline: read, map, render, write to a staging folder, validate, swap in.</summary>
    [Benchmark]
    public int Generate() => Generator.Run(_options).ExitCode;

    /// <summary>Read and map only: release and mapping to a <see cref="Filing"/>; nothing rendered or written.</summary>
    [Benchmark]
    public int ReadAndMap()
    {
        var bag = new DiagnosticBag();
        var mapping = XbrlGen.Mapping.MappingLoader.Load(_options.Mapping, bag)!;
        var baseTaxonomy = BaseTaxonomy.Load(_catalog, bag)!;
        var release = XbrlGen.Reading.ReleaseReader.ReadFile(_options.Release, new XbrlGen.Reading.ReaderOptions(mapping.Entity.Calendar), bag, _options.MaxInputBytes)!;
        return XbrlGen.Mapping.FilingBuilder.Build(release, mapping, baseTaxonomy, bag)!.Facts.Count;
    }

    /// <summary>Rendering the five documents of an already built filing to files (templates parsed once per call).</summary>
    [Benchmark]
    public int RenderAndWrite()
    {
        var renderer = FilingRenderer.Create(null, new DiagnosticBag())!;
        var documents = renderer.Render(_filing, "release.txt");
        foreach (var document in documents)
        {
            document.WriteFile(Path.Combine(_scratch, document.FileName));
        }

        return documents.Count;
    }

    /// <summary>Rendering the instance document alone: the same facts as the floor writes, through the template.</summary>
    [Benchmark]
    public void RenderInstance()
    {
        var renderer = FilingRenderer.Create(null, new DiagnosticBag())!;
        renderer.Render(_filing, "release.txt")[0].WriteFile(Path.Combine(_scratch, _filing.InstanceFile));
    }

    /// <summary>The floor: a bare XmlWriter writing the same contexts, units and facts.</summary>
    [Benchmark(Baseline = true)]
    public void XmlWriterFloor() => Floors.WriteInstance(_filing, Path.Combine(_scratch, "floor.xml"));
}

/// <summary><c>validate</c> (the public <see cref="InstanceValidator"/> entry point, as the CLI calls it) beside a bare <see cref="System.Xml.XmlReader"/> pass over the same file.</summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private TaxonomyCatalog _catalog = null!;

    /// <summary>One set of caches for every iteration, as one command's runs share one: the DTS is compiled once.</summary>
    private readonly ValidationOptions _validation = new();
    private string _file = null!;
    private System.Xml.Schema.XmlSchemaSet _schemas = null!;

    /// <summary>The bundled instance itself, and scaled copies of it: about <c>1k</c>, <c>10k</c>, <c>150k</c> facts, and 150k dimensional facts.</summary>
    [Params("bundled", "1k", "10k", "150k", "150k-dim")]
    public string Input { get; set; } = "1k";

    [GlobalSetup]
    public void Setup()
    {
        _file = Input == "bundled" ? Path.Combine(BenchPaths.Layout.Output, "iij-20030630.xml") : ScaledInstance.ByName(Input).Ensure().File;
        var bag = new DiagnosticBag();
        _catalog = TaxonomyCatalog.Load(BenchPaths.Layout.Taxonomy, bag) ?? throw new InvalidOperationException(string.Join('\n', bag.Items));
        if (Validate() != 0)
        {
            throw new InvalidOperationException(_file + " is not valid");
        }

        _schemas = Floors.CompileSchemas(_file, BenchPaths.Layout.Taxonomy);
        if (SchemaValidatingReader() != 0)
        {
            throw new InvalidOperationException(_file + " is not schema-valid");
        }
    }

    [Benchmark]
    public int Validate()
    {
        var bag = new DiagnosticBag();
        InstanceValidator.Validate(_file, _catalog, _validation, bag);
        return bag.ErrorCount;
    }

    /// <summary>The floor: a bare XmlReader reading every node of the same file.</summary>
    [Benchmark(Baseline = true)]
    public int XmlReaderFloor() => Floors.ReadAll(_file);

    /// <summary>
    /// Not a target's floor but a bound: what XML Schema validation alone costs with System.Xml (an XSD-validating
    /// XmlReader over the same file, schemas compiled once beforehand).
    /// </summary>
    [Benchmark]
    public int SchemaValidatingReader() => Floors.SchemaValidate(_file, _schemas);
}

/// <summary>The inputs by name, made on first use.</summary>
public static class Inputs
{
    public static GenerateOptions GenerateOptions(string input)
    {
        var layout = BenchPaths.Layout;
        var output = BenchPaths.Scratch("generate-" + input);
        if (input == "bundled")
        {
            return new GenerateOptions(layout.DefaultRelease, layout.DefaultMapping, output, layout.Taxonomy);
        }

        var synthetic = SyntheticRelease.ByName(input).Ensure();
        return new GenerateOptions(synthetic.ReleaseFile, synthetic.MappingFolder, output, layout.Taxonomy);
    }
}
