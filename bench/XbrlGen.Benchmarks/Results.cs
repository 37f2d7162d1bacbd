using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Reports;

namespace XbrlGen.Benchmarks;

/// <summary>One measured figure: value, unit and when it was taken.</summary>
public sealed record Measurement(double Value, string Unit, DateTime At);

/// <summary>
/// The measurements of all runs so far, kept in <c>artifacts/results.json</c>: a partial run (one <c>--filter</c>)
/// replaces only its own figures, and the table in docs/performance.md is always rebuilt from the whole set.
/// </summary>
public sealed class Results
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly SortedDictionary<string, Measurement> _items;

    private Results(SortedDictionary<string, Measurement> items) => _items = items;

    private static string FilePath => Path.Combine(BenchPaths.Artifacts, "results.json");

    public static Results Load() =>
        new(File.Exists(FilePath)
            ? JsonSerializer.Deserialize<SortedDictionary<string, Measurement>>(File.ReadAllText(FilePath), Json) ?? new(StringComparer.Ordinal)
            : new(StringComparer.Ordinal));

    public void Save() => File.WriteAllText(FilePath, JsonSerializer.Serialize(_items, Json));

    public void Set(string key, double value, string unit) => _items[key] = new Measurement(value, unit, DateTime.UtcNow);

    public double? Get(string key) => _items.TryGetValue(key, out var m) ? m.Value : null;

    /// <summary>Takes the mean time (ms) and allocation per operation (bytes) of every benchmark case of a summary.</summary>
    public void Add(Summary summary)
    {
        foreach (var report in summary.Reports)
        {
            var input = report.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value?.ToString() ?? "-";
            var key = report.BenchmarkCase.Descriptor.Type.Name.Replace("Benchmarks", string.Empty, StringComparison.Ordinal).ToLowerInvariant()
                + "/" + report.BenchmarkCase.Descriptor.WorkloadMethod.Name + "/" + input;
            if (report.ResultStatistics is { } stats)
            {
                Set(key + "/ms", stats.Mean / 1e6, "ms");
            }

            if (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes)
            {
                Set(key + "/alloc", bytes, "bytes");
            }
        }
    }

    public DateTime? Latest => _items.Count == 0 ? null : _items.Values.Max(m => m.At);
}

/// <summary>Builds the performance table of docs/performance.md from the results: each figure beside its floor, the ratio and the target.</summary>
public static class ResultsTable
{
    public const string Begin = "<!-- perf-results:begin (written by the benchmark command; do not edit by hand) -->";
    public const string End = "<!-- perf-results:end -->";

    public static string Markdown(Results r)
    {
        var sb = new StringBuilder();
        var date = (r.Latest ?? DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        sb.Append(CultureInfo.InvariantCulture, $"Measured {date} on {Environment.ProcessorCount} cores ({RuntimeInformation.OSDescription.Split(' ')[0]} {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}), ")
            .Append("BenchmarkDotNet short runs in process (1 warm-up, 3 iterations); process figures are medians of 9 runs, the programs taking turns.\n\n");
        sb.Append("| measure | input | figure | floor | ratio | target | met? |\n| --- | --- | --- | --- | --- | --- | --- |\n");

        // atLeast: the ratio is how many times faster the product is than the other program (figure: the other's time).
        void Row(string measure, string input, double? figure, string unit, string floorName, double? floor, double? target, string? note = null, bool atLeast = false)
        {
            var ratio = figure is { } f && floor is { } fl && fl > 0 ? f / fl : (double?)null;
            var met = target is null || ratio is null ? note ?? "-"
                : atLeast ? ratio >= target ? "yes" : $"no ({target.Value / ratio.Value:0.0}x short)"
                : ratio <= target ? "yes" : $"no ({ratio.Value / target.Value:0.0}x over)";
            var goal = target is null ? "-" : (atLeast ? ">= " : "<= ") + target.Value.ToString("0.##", CultureInfo.InvariantCulture) + "x";
            sb.Append(CultureInfo.InvariantCulture, $"| {measure} | {input} | {Show(figure, unit)} | {floorName} {Show(floor, unit)} | {(ratio is null ? "-" : ratio.Value.ToString("0.0", CultureInfo.InvariantCulture) + "x")} | {goal} | {met} |\n");
        }

        foreach (var (name, facts) in Inputs("validate", r))
        {
            Row("validate", $"{name} ({facts})", r.Get($"validate/Validate/{name}/ms"), "ms", "bare XmlReader", r.Get($"validate/XmlReaderFloor/{name}/ms"), name == "150k" ? 5 : null);
        }

        foreach (var (name, facts) in Inputs("validate", r))
        {
            Row("XSD-validating XmlReader (a bound, not a target)", $"{name} ({facts})", r.Get($"validate/SchemaValidatingReader/{name}/ms"), "ms", "bare XmlReader", r.Get($"validate/XmlReaderFloor/{name}/ms"), null);
        }

        // Dimensional validity per fact against plain facts: within 10% of the 150k instance's cost per fact.
        double? PerFact(string name) => r.Get($"validate/Validate/{name}/ms") is { } ms && r.Get($"count/validate-{name}") is { } n && n > 0 ? ms / n : null;
        Row("validate per fact, dimensional facts", "150k-dim", PerFact("150k-dim"), "ms", "per fact at 150k", PerFact("150k"), 1.1);

        // Issue 21: diff of two 150k-fact instances within the time validate takes on one of them.
        Row("diff of two instances (facts and taxonomy)", "150k", r.Get("diff/Diff/150k/ms"), "ms", "validate one", r.Get("diff/ValidateOne/150k/ms"), 1);

        Row("validate, whole process: Arelle's time over the installed tool's (times faster)", "150k", r.Get("process/validate-150k-arelle"), "ms", "installed tool", r.Get("process/validate-150k-tool"), 30, note: "ARELLE_CMD not set", atLeast: true);
        Row("validate, peak working set", "150k", r.Get("peak/validate-150k"), "bytes", "file size", r.Get("size/instance-150k"), 3);
        Row("bare XmlReader, peak working set", "150k", r.Get("peak/read-150k"), "bytes", "file size", r.Get("size/instance-150k"), null);

        foreach (var (name, facts) in Inputs("generate", r))
        {
            Row("generate (read, map, render, write, validate)", $"{name} ({facts})", r.Get($"generate/Generate/{name}/ms"), "ms", "bare XmlWriter", r.Get($"generate/XmlWriterFloor/{name}/ms"), name == "100k" ? 10 : null);
        }

        foreach (var (name, facts) in Inputs("generate", r))
        {
            Row("render + write the instance only", $"{name} ({facts})", r.Get($"generate/RenderInstance/{name}/ms"), "ms", "bare XmlWriter", r.Get($"generate/XmlWriterFloor/{name}/ms"), name == "100k" ? 5 : null);
        }

        foreach (var (name, facts) in Inputs("generate", r))
        {
            Row("render + write every document of the filing", $"{name} ({facts})", r.Get($"generate/RenderAndWrite/{name}/ms"), "ms", "bare XmlWriter", r.Get($"generate/XmlWriterFloor/{name}/ms"), null);
        }

        foreach (var (name, facts) in Inputs("generate", r))
        {
            Row("read + map only", $"{name} ({facts})", r.Get($"generate/ReadAndMap/{name}/ms"), "ms", "bare XmlWriter", r.Get($"generate/XmlWriterFloor/{name}/ms"), null);
        }

        var perFact = Inputs("generate", r).Where(x => x.Name != "bundled")
            .Select(x => (x.Name, x.Facts, Alloc: r.Get($"generate/Generate/{x.Name}/alloc") / r.Get($"count/generate-{x.Name}"), Peak: r.Get($"peak/generate-{x.Name}"))).ToList();
        var first = perFact.FirstOrDefault(p => p.Alloc is not null).Alloc;
        foreach (var (name, facts, alloc, _) in perFact)
        {
            Row("generate, allocated per fact", $"{name} ({facts})", alloc, "bytes", $"per fact at {perFact[0].Name}", first, 2);
        }

        foreach (var (name, facts, _, peak) in perFact)
        {
            Row("generate, peak working set", $"{name} ({facts})", peak, "bytes", "-", null, null);
        }

        Row("generate, whole process (dotnet build output)", "bundled", r.Get("process/generate-bundled"), "ms", "trivial console", r.Get("process/noop"), 5);
        Row("generate, whole process (ReadyToRun publish)", "bundled", r.Get("process/generate-bundled-r2r"), "ms", "trivial console", r.Get("process/noop"), null);
        Row("generate, whole process, installed tool (dotnet pack + tool install)", "bundled", r.Get("process/generate-bundled-tool"), "ms", "trivial console, own executable", r.Get("process/noop-host"), 3);

        var dts = r.Get("count/dts-10k") is { } concepts ? $"{concepts.ToString("#,0", CultureInfo.InvariantCulture)} concepts, en/ja labels, pre, cal ({Show(r.Get("size/dts-10k"), "bytes")})" : "?";
        Row("DTS load, cold (first in a new process)", dts, r.Get("dts/10k-cold"), "ms", "1 s", 1000, 1);
        Row("DTS load, cold (first in a new process)", dts, r.Get("dts/10k-cold"), "ms", "bare XmlReader, cold", r.Get("dts/10k-parse-cold"), 2);
        Row("DTS load, warm (JIT done, a changed copy: cache missed)", dts, r.Get("dts/10k-warm"), "ms", "bare XmlReader", r.Get("dts/10k-parse"), 2);
        Row("DTS load, served by the in-process cache", dts, r.Get("dts/10k-cached"), "ms", "bare XmlReader", r.Get("dts/10k-parse"), null);
        return sb.ToString();
    }

    /// <summary>Replaces the table between the markers in docs/performance.md.</summary>
    public static void UpdateReadme(string table)
    {
        var path = Path.Combine(BenchPaths.Layout.Root, "docs", "performance.md");
        var text = File.ReadAllText(path);
        var b = text.IndexOf(Begin, StringComparison.Ordinal);
        var e = text.IndexOf(End, StringComparison.Ordinal);
        if (b < 0 || e < b)
        {
            Console.WriteLine("docs/performance.md has no performance table markers; table left in artifacts/results.md only");
            return;
        }

        File.WriteAllText(path, text[..(b + Begin.Length)] + "\n" + table + text[e..]);
    }

    private static IEnumerable<(string Name, string Facts)> Inputs(string kind, Results r)
    {
        var names = new[] { "bundled" }.Concat(kind == "validate" ? ScaledInstance.Standard.Select(s => s.Name) : SyntheticRelease.Standard.Select(s => s.Name));
        foreach (var name in names)
        {
            var facts = r.Get($"count/{kind}-{name}");
            var contexts = r.Get($"count/{kind}-{name}-contexts");
            yield return (name, facts is null ? "?" : $"{facts.Value.ToString("#,0", CultureInfo.InvariantCulture)} facts" + (contexts is null ? string.Empty : $", {contexts.Value.ToString("#,0", CultureInfo.InvariantCulture)} contexts"));
        }
    }

    private static string Show(double? value, string unit) => value switch
    {
        null => "-",
        { } v when unit == "bytes" && v >= 1 << 20 => (v / 1048576).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
        { } v when unit == "bytes" && v >= 1 << 10 => (v / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        { } v when unit == "bytes" => v.ToString("0", CultureInfo.InvariantCulture) + " B",
        { } v when v >= 100 => v.ToString("#,0", CultureInfo.InvariantCulture) + " ms",
        { } v when v >= 1 => v.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        { } v => v.ToString("0.000", CultureInfo.InvariantCulture) + " ms",
    };
}
