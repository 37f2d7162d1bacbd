using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Validation;

/// <summary>One variation of the XBRL 2.1 conformance suite: its entry document and expected verdict.</summary>
public sealed record ConformanceVariation(string Section, string TestCase, string Id, string Name, string Description, string Entry, bool ExpectValid, string? ExpectedError)
{
    public string Key => TestCase + "#" + Id;

    public override string ToString() => Key;
}

/// <summary>What the validator said about a variation.</summary>
public sealed record ConformanceOutcome(ConformanceVariation Variation, bool Valid, IReadOnlyList<Diagnostic> Errors)
{
    public bool Passed => Valid == Variation.ExpectValid;

    public string Reason => Passed ? string.Empty
        : Variation.ExpectValid ? "reported invalid: " + string.Join("; ", Errors.Take(2).Select(e => e.Code + " " + Clip(e.Message)))
        : "reported valid; expected invalid" + (Variation.ExpectedError is { } code ? $" ({code})" : string.Empty) + ": " + Clip(Variation.Description);

    private static string Clip(string s)
    {
        s = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("|", "/", StringComparison.Ordinal);
        return s.Length > 140 ? s[..140] + "..." : s;
    }
}

/// <summary>
/// The XBRL International XBRL 2.1 conformance suite, found beside the repository (or at <c>XBRL_CONFORMANCE_SUITE</c>),
/// read from its index, and run through <see cref="InstanceValidator"/> with the settings of a plain XBRL 2.1 processor.
/// </summary>
public static class ConformanceSuite
{
    public const string Name = "XBRL-CONF-2025-07-16";

    private static readonly Lazy<string?> RootLazy = new(FindRoot);
    private static readonly Lazy<IReadOnlyList<ConformanceVariation>> VariationsLazy = new(Load);
    private static readonly ConcurrentDictionary<string, ConformanceOutcome> Outcomes = new(StringComparer.Ordinal);

    public static string? Root => RootLazy.Value;

    public static string AbsentMessage => $"the conformance suite {Name} is not present; set XBRL_CONFORMANCE_SUITE to its folder to run it";

    public static IReadOnlyList<ConformanceVariation> Variations => VariationsLazy.Value;

    /// <summary>Test cases the index lists that the suite's distribution does not contain.</summary>
    public static List<string> MissingTestCases { get; } = [];

    /// <summary>The variation keys for a [Theory]; one placeholder row when the suite is absent, so the test can skip.</summary>
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        if (Root is null)
        {
            data.Add("(suite absent)");
            return data;
        }

        foreach (var v in Variations)
        {
            data.Add(v.Key);
        }

        return data;
    }

    public static ConformanceOutcome Run(ConformanceVariation v) => Outcomes.GetOrAdd(v.Key, _ => Execute(v));

    private static ConformanceOutcome Execute(ConformanceVariation v)
    {
        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag) ?? throw new InvalidOperationException("taxonomy catalog missing");
        var options = new ValidationOptions
        {
            Calculation = CalculationMode.Classic21,
            UnitsRegistry = false,
            AllowedFolders = [Root!],
        };
        try
        {
            InstanceValidator.Validate(v.Entry, catalog, options, bag);
        }
        catch (Exception ex)
        {
            bag.Report(Codes.Internal, SourceSpan.ForFile(v.Entry), ex.GetType().Name + ": " + ex.Message + " " + ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim());
            return new ConformanceOutcome(v, !v.ExpectValid, bag.Items.Where(d => d.IsError).ToList());
        }

        return new ConformanceOutcome(v, !bag.HasErrors, bag.Items.Where(d => d.IsError).ToList());
    }

    private static string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable("XBRL_CONFORMANCE_SUITE") is { Length: > 0 } env)
        {
            return File.Exists(Path.Combine(env, "xbrl.xml")) ? Path.GetFullPath(env) : null;
        }

        for (var dir = new DirectoryInfo(TestPaths.Layout.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "conformance", Name);
            if (File.Exists(Path.Combine(candidate, "xbrl.xml")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static IReadOnlyList<ConformanceVariation> Load()
    {
        var root = Root;
        if (root is null)
        {
            return [];
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        XDocument Read(string path)
        {
            using var reader = XmlReader.Create(path, settings);
            return XDocument.Load(reader);
        }

        var list = new List<ConformanceVariation>();
        foreach (var tc in Read(Path.Combine(root, "xbrl.xml")).Root!.Elements("testcase"))
        {
            var uri = (string)tc.Attribute("uri")!;
            var path = Path.Combine(root, uri.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                MissingTestCases.Add(uri);
                continue;
            }

            var section = uri.Split('/')[1] switch
            {
                var s when s.StartsWith("100", StringComparison.Ordinal) => "100 schema",
                var s when s.StartsWith("200", StringComparison.Ordinal) => "200 linkbase",
                var s when s.StartsWith("300", StringComparison.Ordinal) => "300 instance",
                var s when s.StartsWith("400", StringComparison.Ordinal) => "400 misc",
                _ => "related standards",
            };
            var folder = Path.GetDirectoryName(path)!;
            var doc = Read(path);
            foreach (var variation in doc.Descendants("variation"))
            {
                var entry = variation.Element("data")!.Elements().First(e => (string?)e.Attribute("readMeFirst") == "true");
                var result = variation.Element("result");
                list.Add(new ConformanceVariation(
                    section,
                    uri,
                    (string?)variation.Attribute("id") ?? "?",
                    (string?)variation.Attribute("name") ?? string.Empty,
                    variation.Element("description")?.Value.Trim() ?? string.Empty,
                    Path.Combine(folder, entry.Value.Trim().Replace('/', Path.DirectorySeparatorChar)),
                    ((string?)result?.Attribute("expected"))?.Trim() == "valid",
                    result?.Element("error")?.Value.Trim()));
            }
        }

        return list;
    }

    /// <summary>The per-section pass-rate table, in Markdown.</summary>
    public static string Table(IReadOnlyList<ConformanceOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.Append("| section | variations | passed | rate |\n| --- | ---: | ---: | ---: |\n");
        foreach (var g in outcomes.GroupBy(o => o.Variation.Section).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(g.Key, g.ToList());
        }

        Row("**all**", outcomes);
        return sb.ToString();

        void Row(string name, IReadOnlyList<ConformanceOutcome> os)
        {
            var passed = os.Count(o => o.Passed);
            sb.Append(CultureInfo.InvariantCulture, $"| {name} | {os.Count} | {passed} | {Rate(passed, os.Count)} |\n");
        }
    }

    public static string Rate(int passed, int total) => (100m * passed / Math.Max(1, total)).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
