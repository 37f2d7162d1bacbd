using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Validation;

/// <summary>One variation of a conformance suite: its entry document and expected verdict.</summary>
public sealed record ConformanceVariation(string Section, string TestCase, string Id, string Name, string Description, string Entry, bool ExpectValid, string? ExpectedError)
{
    public string Key => TestCase + "#" + Id;

    public override string ToString() => Key;
}

/// <summary>What the validator said about a variation.</summary>
/// <param name="MatchCode">When the suite names the expected error, the validator must report that code (XDT's error QNames).</param>
public sealed record ConformanceOutcome(ConformanceVariation Variation, bool Valid, IReadOnlyList<Diagnostic> Errors, bool MatchCode)
{
    private bool CodeFound => !MatchCode || Variation.ExpectValid || Variation.ExpectedError is null || Errors.Any(e => e.Code == Expected(Variation.ExpectedError));

    /// <summary>The suite's name for an XML Schema error is ours for it; other codes are the specification's QNames, as we report them.</summary>
    private static string Expected(string code) => code == "sche:XmlSchemaError" ? "xmlSchema" : code;

    public bool Passed => Valid == Variation.ExpectValid && CodeFound;

    public string Reason => Passed ? string.Empty
        : Variation.ExpectValid ? "reported invalid: " + Codes(Errors)
        : Valid ? "reported valid; expected invalid" + (Variation.ExpectedError is { } code ? $" ({code})" : string.Empty) + ": " + Clip(Variation.Description)
        : $"reported invalid, but not {Variation.ExpectedError}: " + Codes(Errors);

    private static string Codes(IReadOnlyList<Diagnostic> errors) => string.Join("; ", errors.Take(2).Select(e => e.Code + " " + Clip(e.Message)));

    private static string Clip(string s)
    {
        s = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("|", "/", StringComparison.Ordinal);
        return s.Length > 140 ? s[..140] + "..." : s;
    }
}

/// <summary>
/// An XBRL International conformance suite, found beside the repository (in <c>shared/conformance/</c>) or at the folder
/// an environment variable names, read from its index, and run as a user runs it: <c>xbrlgen validate</c> on the
/// variation's entry file, with the options of a plain processor (<c>--calc classic --no-units-registry</c>), the
/// command's own resolver and policy, and its verdict read back from its JSON Lines.
/// </summary>
public sealed class ConformanceSuite
{
    /// <summary>The XBRL 2.1 suite: verdicts only (its expected error codes are section numbers, not ours).</summary>
    public static ConformanceSuite Xbrl21 { get; } = new("XBRL 2.1", "XBRL-CONF-2025-07-16", "xbrl.xml", "XBRL_CONFORMANCE_SUITE", matchCodes: false, "conformance-failures.md", "conformance",
        uri => uri.Split('/')[1] switch
        {
            var s when s.StartsWith("100", StringComparison.Ordinal) => "100 schema",
            var s when s.StartsWith("200", StringComparison.Ordinal) => "200 linkbase",
            var s when s.StartsWith("300", StringComparison.Ordinal) => "300 instance",
            var s when s.StartsWith("400", StringComparison.Ordinal) => "400 misc",
            _ => "related standards",
        });

    /// <summary>The XBRL Dimensions 1.0 suite: verdicts, and the expected xbrldte/xbrldie error QName must be among the errors.</summary>
    public static ConformanceSuite Dimensions { get; } = new("XBRL Dimensions 1.0", "XBRL-XDT-CONF-2025-09-09", "xdt.xml", "XBRL_XDT_CONFORMANCE_SUITE", matchCodes: true, "xdt-conformance-failures.md", "xdt-conformance",
        uri => uri[..3] switch
        {
            "000" => "000 schema-invalid",
            "100" => "100 xbrldte",
            "200" => "200 xbrldie",
            "300" => "300 factlist",
            var s => s,
        });

    private readonly Lazy<string?> _root;
    private readonly Lazy<IReadOnlyList<ConformanceVariation>> _variations;
    private readonly ConcurrentDictionary<string, ConformanceOutcome> _outcomes = new(StringComparer.Ordinal);
    private readonly Func<string, string> _section;
    private readonly string _index;
    private readonly string _envVar;
    private readonly bool _matchCodes;

    private ConformanceSuite(string title, string name, string index, string envVar, bool matchCodes, string failuresFile, string marker, Func<string, string> section)
    {
        Title = title;
        Name = name;
        _index = index;
        _envVar = envVar;
        _matchCodes = matchCodes;
        FailuresFile = Path.Combine(TestPaths.Layout.Root, "tests", "XbrlGen.Tests", "Validation", failuresFile);
        Marker = marker;
        _section = section;
        _root = new(FindRoot);
        _variations = new(Load);
    }

    public string Title { get; }

    public string Name { get; }

    /// <summary>The generated list of variations not passed, with reasons.</summary>
    public string FailuresFile { get; }

    /// <summary>The README table sits between <c>&lt;!-- marker:begin --&gt;</c> and <c>&lt;!-- marker:end --&gt;</c>.</summary>
    public string Marker { get; }

    public string? Root => _root.Value;

    public string AbsentMessage => $"the conformance suite {Name} is not present; set {_envVar} to its folder to run it";

    public IReadOnlyList<ConformanceVariation> Variations => _variations.Value;

    /// <summary>Test cases the index lists that the suite's distribution does not contain.</summary>
    public List<string> MissingTestCases { get; } = [];

    /// <summary>The variation keys for a [Theory]; one placeholder row when the suite is absent, so the test can skip.</summary>
    public TheoryData<string> Keys()
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

    public ConformanceOutcome Run(ConformanceVariation v) => _outcomes.GetOrAdd(v.Key, _ => Execute(v));

    /// <summary>The command line a user gives for one variation.</summary>
    public static string[] CommandLine(ConformanceVariation v) => ["validate", v.Entry, "--calc", "classic", "--no-units-registry", "--format", "json"];

    private ConformanceOutcome Execute(ConformanceVariation v)
    {
        var (exit, stdout, stderr) = Outcome.Cli(CommandLine(v));
        var (valid, errors) = Verdict(stdout);
        if (exit is not (0 or 1 or 2) || valid != (exit == 0) || stderr.Length > 0)
        {
            errors = [.. errors, Error(XbrlGen.Diagnostics.Codes.Internal.Code, $"exit {exit}: {stderr}")];
            valid = !v.ExpectValid;
        }

        return new ConformanceOutcome(v, valid, errors, _matchCodes);
    }

    /// <summary>The verdict and errors of <c>validate --format json</c>: each diagnostic a line, then one summary line per file.</summary>
    public static (bool Valid, IReadOnlyList<Diagnostic> Errors) Verdict(string jsonLines)
    {
        var errors = new List<Diagnostic>();
        bool? valid = null;
        foreach (var line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("valid", out var verdict))
            {
                valid = (valid ?? true) && verdict.GetBoolean();
            }
            else if (root.GetProperty("severity").GetString() == "error")
            {
                errors.Add(Error(root.GetProperty("code").GetString()!, root.GetProperty("message").GetString()!));
            }
        }

        return (valid ?? false, errors);
    }

    private static Diagnostic Error(string code, string message) =>
        new(Severity.Error, code, message, SourceSpan.ForFile(string.Empty)) { Outcome = ExitOutcome.Invalid };

    private string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable(_envVar) is { Length: > 0 } env)
        {
            return File.Exists(Path.Combine(env, _index)) ? Path.GetFullPath(env) : null;
        }

        for (var dir = new DirectoryInfo(TestPaths.Layout.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "conformance", Name);
            if (File.Exists(Path.Combine(candidate, _index)))
            {
                return candidate;
            }
        }

        return null;
    }

    private IReadOnlyList<ConformanceVariation> Load()
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

        // The 2.1 suite's test cases have no namespace, the XDT suite's are in the conformance namespace: match local names.
        static XElement? Child(XElement e, string local) => e.Elements().FirstOrDefault(c => c.Name.LocalName == local);

        var list = new List<ConformanceVariation>();
        foreach (var tc in Read(Path.Combine(root, _index)).Root!.Elements("testcase"))
        {
            var uri = (string)tc.Attribute("uri")!;
            var path = Path.Combine(root, uri.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                MissingTestCases.Add(uri);
                continue;
            }

            var section = _section(uri);
            var folder = Path.GetDirectoryName(path)!;
            foreach (var variation in Read(path).Descendants().Where(e => e.Name.LocalName == "variation"))
            {
                var entry = Child(variation, "data")!.Elements().First(e => (string?)e.Attribute("readMeFirst") == "true");
                var result = Child(variation, "result");
                var error = result is null ? null : Child(result, "error")?.Value.Trim();
                var expected = ((string?)result?.Attribute("expected"))?.Trim();
                list.Add(new ConformanceVariation(
                    section,
                    uri,
                    (string?)variation.Attribute("id") ?? "?",
                    (string?)variation.Attribute("name") ?? string.Empty,
                    Child(variation, "description")?.Value.Trim() ?? string.Empty,
                    Path.Combine(folder, entry.Value.Trim().Replace('/', Path.DirectorySeparatorChar)),
                    expected is null ? !IsErrorCode(error) : expected == "valid",
                    error));
            }
        }

        return list;
    }

    /// <summary>The XDT suite marks an invalid variation only by an error QName in its result (others hold fact counts, "0" or "1").</summary>
    private static bool IsErrorCode(string? error) => error is not null && error.Contains(':', StringComparison.Ordinal);

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
