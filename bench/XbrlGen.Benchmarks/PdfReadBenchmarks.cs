using BenchmarkDotNet.Attributes;
using UglyToad.PdfPig;
using XbrlGen.Diagnostics;
using XbrlGen.Reading.Layout;
using XbrlGen.Reading.Pdf;

namespace XbrlGen.Benchmarks;

/// <summary>
/// Reading the largest PDF of the corpus (Nippon Express's 110-page annual report) into a <see cref="PrintedDocument"/>,
/// beside PdfPig's own word extraction of the same file (open, every page's words): what the lines, cells, gutters and
/// the capped stream filters cost over the words themselves. Target: at most 2x.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class PdfReadBenchmarks
{
    private byte[] _bytes = null!;

    [GlobalSetup]
    public void Setup() =>
        _bytes = File.ReadAllBytes(Path.Combine(BenchPaths.Layout.Root, "tests", "XbrlGen.Tests", "Reading", "Corpus", "nippon-express-fy2024.pdf"));

    [Benchmark]
    public int PrintedDocument()
    {
        var diagnostics = new DiagnosticBag();
        var document = PdfLayout.Read("nippon-express-fy2024.pdf", _bytes, ReadLimits.Default, diagnostics);
        return document?.Lines.Count ?? throw new InvalidOperationException(string.Join("; ", diagnostics.Items));
    }

    [Benchmark(Baseline = true)]
    public int PdfPigWords()
    {
        using var document = PdfDocument.Open(_bytes);
        var words = 0;
        foreach (var page in document.GetPages())
        {
            words += page.GetWords().Count();
        }

        return words;
    }
}
