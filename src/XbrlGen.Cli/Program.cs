using System.CommandLine;
using System.Globalization;
using System.Text;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Pipeline;
using XbrlGen.Reading;
using XbrlGen.Validation;

namespace XbrlGen.Cli;

/// <summary>The <c>xbrlgen</c> command: a thin shell over the library. Exit codes: 0 clean, 1 validation errors, 2 unreadable input or bad usage.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return Execute(args, stdout, stderr);
        }
        catch (Exception ex)
        {
            // The last line of defence: never a stack trace, always a coded message.
            stderr.WriteLine(Codes.Internal.Create(SourceSpan.ForFile("xbrlgen"), ex.GetType().Name + ": " + ex.Message));
            return 2;
        }
    }

    private static int Execute(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var layout = ProjectLayout.Find();
        var root = new RootCommand("xbrlgen: turns a quarterly earnings release into a validated XBRL 2.1 filing.");

        var release = new Option<string?>("--release") { Description = "The release text file (default: the bundled IIJ 1Q03 release)." };
        var mapping = new Option<string?>("--mapping") { Description = "The company's mapping folder (default: mappings/iij)." };
        var output = new Option<string?>("--out") { Description = "The output folder (default: output/)." };
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Treat every warning as an error (exit 1, nothing written): unmapped lines, copies that disagree, failed cross-checks." };
        var maxBytes = new Option<long>("--max-input-bytes") { Description = "Refuse a release larger than this many bytes.", DefaultValueFactory = _ => ReleaseSource.DefaultMaxBytes };
        var format = new Option<string>("--format") { Description = "Output format: text, csv or json.", DefaultValueFactory = _ => "text" };
        var calc = new Option<string>("--calc") { Description = "Calculation check: round-to-nearest (Calculations 1.1, default) or classic (XBRL 2.1).", DefaultValueFactory = _ => "round-to-nearest" };
        var profile = new Option<string?>("--profile") { Description = "Filer-manual profile: efm." };
        var duplicates = new Option<string>("--duplicates") { Description = "Duplicate facts: warn (inconsistent duplicates are warnings, the XBRL 2.1 default) or error (any duplicate is an error, as EDINET requires).", DefaultValueFactory = _ => "warn" };
        var maxInstance = new Option<long>("--max-input-bytes") { Description = "Refuse an instance larger than this many bytes.", DefaultValueFactory = _ => SafeXml.MaxBytes };
        var noUtr = new Option<bool>("--no-units-registry") { Description = "Do not check units against the Units Registry." };
        var files = new Argument<string[]>("files") { Description = "Instances or taxonomy schemas to validate.", Arity = ArgumentArity.OneOrMore };

        var generate = new Command("generate", "Generate the instance, extension schema and linkbases, validated, into the output folder.");
        generate.Options.Add(release);
        generate.Options.Add(mapping);
        generate.Options.Add(output);
        generate.Options.Add(maxBytes);
        generate.Options.Add(strict);
        generate.Options.Add(format);
        generate.SetAction(r => Generate(layout, r.GetValue(release), r.GetValue(mapping), r.GetValue(output), r.GetValue(maxBytes), r.GetValue(strict), r.GetValue(format) ?? "text", stdout, stderr));

        var validate = new Command("validate", "Validate XBRL 2.1 instances or taxonomy schemas offline.");
        validate.Arguments.Add(files);
        validate.Options.Add(format);
        validate.Options.Add(calc);
        validate.Options.Add(profile);
        validate.Options.Add(duplicates);
        validate.Options.Add(noUtr);
        validate.Options.Add(maxInstance);
        validate.SetAction(r => Validate(layout, r.GetValue(files) ?? [], r.GetValue(format) ?? "text", r.GetValue(calc) ?? "round-to-nearest", r.GetValue(profile),
            r.GetValue(duplicates) ?? "warn", !r.GetValue(noUtr), r.GetValue(maxInstance), stdout, stderr));

        var extract = new Command("extract", "Print the release's line items as the reader sees them, each with its source line.");
        extract.Options.Add(release);
        extract.Options.Add(mapping);
        extract.Options.Add(format);
        var prose = new Option<bool>("--prose") { Description = "Print the figures read from the running text, each with the fact it restates or 'unmatched' (CSV)." };
        extract.Options.Add(prose);
        extract.SetAction(r => r.GetValue(prose) ? ExtractProse(layout, r.GetValue(release), r.GetValue(mapping), stdout, stderr)
            : Extract(layout, r.GetValue(release), r.GetValue(mapping), r.GetValue(format) ?? "csv", stdout, stderr));

        root.Subcommands.Add(generate);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(extract);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine(Codes.Usage.Create(SourceSpan.ForFile("xbrlgen"), error.Message));
            }

            return 2;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static int NoLayout(TextWriter stderr)
    {
        stderr.WriteLine(Codes.Usage.Create(SourceSpan.ForFile("xbrlgen"), "cannot find the XbrlGen folder (taxonomy/ and mappings/); run from the repository or set XBRLGEN_HOME"));
        return 2;
    }

    private static int Generate(ProjectLayout? layout, string? release, string? mapping, string? output, long maxBytes, bool warningsAsErrors, string format, TextWriter stdout, TextWriter stderr)
    {
        if (layout is null)
        {
            return NoLayout(stderr);
        }

        if (format is not ("text" or "json"))
        {
            stderr.WriteLine(Codes.Usage.Create(SourceSpan.ForFile("xbrlgen"), "generate --format takes text or json"));
            return 2;
        }

        var options = new GenerateOptions(release ?? layout.DefaultRelease, mapping ?? layout.DefaultMapping, output ?? layout.Output, layout.Taxonomy) { MaxInputBytes = maxBytes, WarningsAsErrors = warningsAsErrors };
        var result = Generator.Run(options);
        Print(result.Diagnostics, stderr);
        if (format == "json" && result.Review is { } review)
        {
            stdout.Write(review.ToJsonLines());
            return result.ExitCode;
        }

        if (result.ExitCode == 0 && result.Filing is { } filing)
        {
            stdout.WriteLine($"{filing.Facts.Count} facts, {filing.Contexts.Count} contexts, {filing.Units.Count} units: {string.Join(", ", result.Documents.Select(d => d.FileName))} written to {options.Output}");
        }

        return result.ExitCode;
    }

    private static int Validate(ProjectLayout? layout, string[] files, string format, string calc, string? profile, string duplicates, bool unitsRegistry, long maxBytes, TextWriter stdout, TextWriter stderr)
    {
        if (layout is null)
        {
            return NoLayout(stderr);
        }

        if (calc is not ("round-to-nearest" or "classic") || profile is not (null or "efm") || format is not ("text" or "json") || duplicates is not ("warn" or "error"))
        {
            stderr.WriteLine(Codes.Usage.Create(SourceSpan.ForFile("xbrlgen"), "--calc takes round-to-nearest or classic, --profile takes efm, --format takes text or json, --duplicates takes warn or error"));
            return 2;
        }

        var catalogBag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(layout.Taxonomy, catalogBag);
        if (catalog is null)
        {
            Print(catalogBag.Items, stderr);
            return 2;
        }

        var options = new ValidationOptions
        {
            Calculation = calc == "classic" ? CalculationMode.Classic21 : CalculationMode.RoundToNearest,
            FilerManual = profile == "efm",
            DuplicatesAreErrors = duplicates == "error",
            UnitsRegistry = unitsRegistry,
            MaxInstanceBytes = maxBytes,
        };
        var exit = 0;
        foreach (var file in files)
        {
            var bag = new DiagnosticBag();
            if (!File.Exists(file))
            {
                bag.Report(Codes.FileNotFound, SourceSpan.ForFile(file), file, "no such file");
            }
            else
            {
                InstanceValidator.Validate(file, catalog, options, bag);
            }

            if (format == "json")
            {
                foreach (var d in bag.Items)
                {
                    stdout.WriteLine(d.ToJson());
                }
            }
            else
            {
                Print(bag.Items, stdout);
            }

            var code = Generator.ExitCode(bag.Items);
            var unreadable = bag.Items.Any(d => d.IsError && d.Code.StartsWith("XG0", StringComparison.Ordinal) && !d.Code.StartsWith("XG05", StringComparison.Ordinal));
            stdout.WriteLine(bag.HasErrors ? $"{file}: invalid ({bag.ErrorCount.ToString(CultureInfo.InvariantCulture)} errors)" : $"{file}: valid");
            exit = Math.Max(exit, unreadable ? 2 : code == 0 ? 0 : 1);
        }

        return exit;
    }

    private static int Extract(ProjectLayout? layout, string? release, string? mapping, string format, TextWriter stdout, TextWriter stderr)
    {
        if (layout is null && (release is null || mapping is null))
        {
            return NoLayout(stderr);
        }

        var bag = new DiagnosticBag();
        var map = MappingLoader.Load(mapping ?? layout!.DefaultMapping, bag);
        if (map is null)
        {
            Print(bag.Items, stderr);
            return 2;
        }

        var read = ReleaseReader.ReadFile(release ?? layout!.DefaultRelease, new ReaderOptions(map.Entity.Calendar), bag);
        if (read is not null)
        {
            stdout.Write(format == "json" ? LineItemFormat.Json(read) : LineItemFormat.Csv(read));
        }

        Print(bag.Items, stderr);
        return bag.HasErrors ? 2 : 0;
    }

    private static int ExtractProse(ProjectLayout? layout, string? release, string? mapping, TextWriter stdout, TextWriter stderr)
    {
        if (layout is null)
        {
            return NoLayout(stderr);
        }

        var bag = new DiagnosticBag();
        var options = new GenerateOptions(release ?? layout.DefaultRelease, mapping ?? layout.DefaultMapping, layout.Output, layout.Taxonomy);
        var catalog = TaxonomyCatalog.Load(options.Taxonomy, bag);
        var review = catalog is null ? null : Generator.BuildReviewed(options, catalog, bag).Review;
        if (review is not null)
        {
            stdout.Write(review.ProseCsv());
        }

        Print(bag.Items.Where(d => d.IsError), stderr);
        return review is null ? 2 : 0;
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine(d.ToString());
        }
    }
}
