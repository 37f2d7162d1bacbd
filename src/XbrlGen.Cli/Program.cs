using System.CommandLine;
using System.Globalization;
using System.Text;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Pipeline;
using XbrlGen.Reading;
using XbrlGen.Review;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Profiles;
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
        // A bare "xbrlgen" shows the usage; "xbrlgen help [command]" is "xbrlgen [command] --help".
        if (args.Length == 0)
        {
            args = ["--help"];
        }
        else if (args[0] == "help")
        {
            args = [.. args[1..], "--help"];
        }

        var layout = ProjectLayout.Find();
        // Named xbrlgen, as the tool's command is, whatever the assembly is called (a RootCommand takes the executable's name).
        var root = new Command("xbrlgen", "xbrlgen: turns a quarterly earnings release into a validated XBRL 2.1 filing.");
        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.Options.Add(new VersionOption());

        var release = new Option<string?>("--release") { Description = "The release text file (default: the bundled IIJ 1Q03 release)." };
        var mapping = new Option<string?>("--mapping") { Description = "The company's mapping folder (default: mappings/iij)." };
        var output = new Option<string?>("--out") { Description = "The output folder (default: output/)." };
        var replace = new Option<bool>("--replace") { Description = "Replace a filing of another entity or period that the output folder holds (refused otherwise)." };
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Treat every warning as an error (exit 1, nothing written): unmapped lines, copies that disagree, failed cross-checks." };
        var maxBytes = new Option<long>("--max-input-bytes") { Description = "Refuse a release larger than this many bytes.", DefaultValueFactory = _ => ReleaseSource.DefaultMaxBytes, CustomParser = Bytes };
        // Each command's --format names only what that command writes; anything else is a coded usage error.
        var generateFormat = FormatOption("text: a summary line; json: the review's findings and its coverage as JSON Lines.", "text", "json");
        var validateFormat = FormatOption("text: diagnostics and a last line per file; json: JSON Lines, the diagnostics and then one summary object per file.", "text", "json");
        var extractFormat = FormatOption("csv: one row per figure; json: JSON Lines, one object per figure. Each gives the file, line, the line as printed, label, scale and value.", "csv", "json");
        var calc = new Option<string>("--calc") { Description = "Calculation check: round-to-nearest (Calculations 1.1, default) or classic (XBRL 2.1).", DefaultValueFactory = _ => "round-to-nearest" };
        var profile = new Option<string?>("--profile") { Description = "Filer-manual profile: efm." };
        var duplicates = new Option<string>("--duplicates") { Description = "Duplicate facts: warn (inconsistent duplicates are warnings, the XBRL 2.1 default) or error (any duplicate is an error, as EDINET requires).", DefaultValueFactory = _ => "warn" };
        var maxInstance = new Option<long>("--max-input-bytes") { Description = "Refuse an instance larger than this many bytes.", DefaultValueFactory = _ => SafeXml.MaxBytes, CustomParser = Bytes };
        var noUtr = new Option<bool>("--no-units-registry") { Description = "Do not check units against the Units Registry." };
        calc.AcceptOnlyFromAmong("round-to-nearest", "classic");
        profile.AcceptOnlyFromAmong("efm");
        duplicates.AcceptOnlyFromAmong("warn", "error");
        var files = FilesArgument("Instances, taxonomy schemas or linkbases, Inline XBRL pages (named together: one document set), or report packages (.xbr, .xbri, .zip) to validate.");
        var packages = new Option<string[]>("--package") { Description = "A taxonomy package (zip) whose catalog resolves the taxonomy's URLs; repeatable.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

        var generate = new Command("generate", "Generate the instance, extension schema and linkbases, validated, into the output folder.");
        generate.Options.Add(release);
        generate.Options.Add(mapping);
        generate.Options.Add(output);
        generate.Options.Add(maxBytes);
        generate.Options.Add(strict);
        generate.Options.Add(replace);
        generate.Options.Add(generateFormat);
        var previous = new Option<string?>("--previous") { Description = "The previous filing (instance, Inline XBRL page, report package or xBRL-JSON): the release's comparatives are checked against its facts." };
        generate.Options.Add(previous);
        generate.SetAction(r => Generate(layout, r.GetValue(release), r.GetValue(mapping), r.GetValue(output), r.GetValue(maxBytes), r.GetValue(strict), r.GetValue(replace), r.GetValue(generateFormat) ?? "text", stdout, stderr, r.GetValue(previous)));

        var validate = new Command("validate", "Validate XBRL offline: instances, taxonomy schemas and linkbases, Inline XBRL pages, and report packages.");
        validate.Arguments.Add(files);
        validate.Options.Add(validateFormat);
        validate.Options.Add(calc);
        validate.Options.Add(profile);
        validate.Options.Add(duplicates);
        validate.Options.Add(noUtr);
        validate.Options.Add(maxInstance);
        validate.Options.Add(packages);
        validate.SetAction(r => Validate(layout, r.GetValue(files) ?? [], r.GetValue(packages) ?? [], r.GetValue(validateFormat) ?? "text", r.GetValue(calc) ?? "round-to-nearest", r.GetValue(profile),
            r.GetValue(duplicates) ?? "warn", !r.GetValue(noUtr), r.GetValue(maxInstance), stdout, stderr));

        var extract = new Command("extract", "Print the release's line items as the reader sees them, each with its source line.");
        extract.Options.Add(release);
        extract.Options.Add(mapping);
        extract.Options.Add(extractFormat);
        var prose = new Option<bool>("--prose") { Description = "Print the figures read from the running text, each with the fact it restates or 'unmatched' (CSV, or JSON Lines with --format json)." };
        extract.Options.Add(prose);
        extract.SetAction(r => r.GetValue(prose) ? ExtractProse(layout, r.GetValue(release), r.GetValue(mapping), r.GetValue(extractFormat) ?? "csv", stdout, stderr)
            : Extract(layout, r.GetValue(release), r.GetValue(mapping), r.GetValue(extractFormat) ?? "csv", stdout, stderr));

        var to = new Option<string>("--to") { Description = "The format to write: json (xBRL-JSON 1.0) or xml (xBRL-XML).", Required = true };
        to.AcceptOnlyFromAmong("json", "xml");
        var convertOut = new Option<string?>("--out") { Description = "The file to write (default: beside the input, named after it, with .json or .xml)." };
        var inputs = FilesArgument("An instance, or the pages of one Inline XBRL document set.");
        var convert = new Command("convert", "Convert an instance or an Inline XBRL document set, once it validates, to xBRL-JSON or xBRL-XML.");
        convert.Arguments.Add(inputs);
        convert.Options.Add(to);
        convert.Options.Add(convertOut);
        convert.SetAction(r => Convert(layout, r.GetValue(inputs) ?? [], r.GetValue(to) ?? string.Empty, r.GetValue(convertOut), stdout, stderr));

        root.Subcommands.Add(generate);
        root.Subcommands.Add(convert);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(extract);
        root.Subcommands.Add(InitCommand.Create(layout, stdout, stderr));
        root.Subcommands.Add(FactsCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(layout, stdout, stderr));

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

    /// <summary>File arguments: a token that looks like an option is an unknown option, not a file name.</summary>
    private static Argument<string[]> FilesArgument(string description)
    {
        var argument = new Argument<string[]>("files") { Description = description, Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'. (A file whose name starts with '-' is given as ./{token.Value}.)");
            }
        });
        return argument;
    }

    /// <summary>A byte count: a whole number greater than zero.</summary>
    private static long Bytes(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0)
        {
            return bytes;
        }

        result.AddError($"--max-input-bytes takes a whole number of bytes greater than 0, not '{text}'");
        return 0;
    }

    private static Option<string> FormatOption(string description, params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "Output format: " + description, DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static int NoLayout(TextWriter stderr)
    {
        stderr.WriteLine(Codes.NoHome.Create(SourceSpan.ForFile("xbrlgen")));
        return 2;
    }

    private static int Generate(ProjectLayout? layout, string? release, string? mapping, string? output, long maxBytes, bool warningsAsErrors, bool replace, string format, TextWriter stdout, TextWriter stderr, string? previous = null)
    {
        if (layout is null)
        {
            return NoLayout(stderr);
        }

        var options = new GenerateOptions(release ?? layout.DefaultRelease, mapping ?? layout.DefaultMapping, output ?? layout.Output, layout.Taxonomy) { MaxInputBytes = maxBytes, WarningsAsErrors = warningsAsErrors, Replace = replace, Previous = previous };
        var result = Generator.Run(options);
        Print(result.Diagnostics, stderr);
        if (format == "json")
        {
            // JSON Lines on standard output, failed runs included: each error the review does not report, then the
            // review's findings and its coverage.
            foreach (var d in result.Diagnostics.Where(d => d.IsError && (result.Review is null || !ReviewReport.IsFinding(d))))
            {
                stdout.WriteLine(Relative(d).ToJson());
            }

            if (result.Review is { } review)
            {
                stdout.Write(review.ToJsonLines());
            }

            return result.ExitCode;
        }

        if (result.ExitCode == 0 && result.Filing is { } filing)
        {
            stdout.WriteLine($"{filing.Facts.Count} facts, {filing.Contexts.Count} contexts, {filing.Units.Count} units: {string.Join(", ", result.Files)} written to {options.Output}");
        }

        return result.ExitCode;
    }

    private static int Validate(ProjectLayout? layout, string[] files, string[] packages, string format, string calc, string? profile, string duplicates, bool unitsRegistry, long maxBytes, TextWriter stdout, TextWriter stderr)
    {
        if (layout is null)
        {
            return NoLayout(stderr);
        }

        var validation = new ValidationOptions
        {
            Calculation = calc == "classic" ? CalculationMode.Classic21 : CalculationMode.RoundToNearest,
            FilerManual = profile == "efm",
            DuplicatesAreErrors = duplicates == "error",
            UnitsRegistry = unitsRegistry,
            MaxInstanceBytes = maxBytes,
        };
        var result = InputValidation.Validate(files, new ValidateOptions(layout.Taxonomy) { Packages = packages, Validation = validation });
        if (!result.Validated)
        {
            Print(result.Setup, stderr);
            return 2;
        }

        foreach (var input in result.Inputs)
        {
            if (format == "json")
            {
                // JSON Lines and nothing else: the diagnostics, then this summary, for valid files too.
                foreach (var d in input.Diagnostics)
                {
                    stdout.WriteLine(Relative(d).ToJson());
                }

                stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(new FileVerdict(input.Name, input.Valid, input.Errors), CliJsonContext.Utf8.FileVerdict));
            }
            else
            {
                Print(input.Diagnostics, stdout);
                stdout.WriteLine(Verdict(input));
            }
        }

        return result.ExitCode;
    }

    /// <summary>
    /// The last line for one input: <c>valid (418 facts, 12 contexts, 4 units)</c>, <c>invalid (2 errors)</c>, or, when it
    /// could not be read safely (exit 2), <c>not validated: unreadable (1 error)</c>.
    /// </summary>
    private static string Verdict(InputVerdict input)
    {
        var errors = InstanceCounts.Plural(input.Errors, "error");
        if (input.Valid)
        {
            return input.Counts is null ? $"{input.Name}: valid" : $"{input.Name}: valid ({input.Counts})";
        }

        return input.ExitCode == 2 ? $"{input.Name}: not validated: unreadable ({errors})" : $"{input.Name}: invalid ({errors})";
    }

    private static int Convert(ProjectLayout? layout, string[] files, string to, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (layout is null)
        {
            return NoLayout(stderr);
        }

        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(layout.Taxonomy, bag);
        var result = catalog is null ? null : Converter.Convert(files, to == "json" ? ReportFormat.Json : ReportFormat.Xml, output, catalog, bag);
        Print(bag.Items, stderr);
        if (result is not null)
        {
            stdout.WriteLine($"{result.Facts} facts: {result.Output} written");
        }

        return result is null ? Math.Max(1, Diagnostic.ExitCode(bag.Items)) : 0;
    }

    private static int Extract(ProjectLayout? layout, string? release, string? mapping, string format, TextWriter stdout, TextWriter stderr)
    {
        if (layout is null && release is null)
        {
            return NoLayout(stderr);
        }

        // No mapping is needed: a named mapping, or the one whose releases/ folder holds the release, gives the fiscal calendar.
        var bag = new DiagnosticBag();
        var path = release ?? layout!.DefaultRelease;
        var mappingDir = mapping ?? (release is null ? layout!.DefaultMapping : ReleaseInputs.MappingBeside(path));
        ReaderOptions? options = null;
        if (mappingDir is not null)
        {
            var map = MappingLoader.Load(mappingDir, bag);
            if (map is null)
            {
                Print(bag.Items, stderr);
                return 2;
            }

            options = new ReaderOptions(map.Entity.Calendar);
        }

        var read = ReleaseInputs.ReadFile(path, options, bag);
        if (read is not null)
        {
            stdout.Write(format == "json" ? LineItemFormat.Json(read) : LineItemFormat.Csv(read));
        }

        Print(bag.Items, stderr);
        return bag.HasErrors ? 2 : 0;
    }

    private static int ExtractProse(ProjectLayout? layout, string? release, string? mapping, string format, TextWriter stdout, TextWriter stderr)
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
            stdout.Write(format == "json" ? review.ProseJsonLines() : review.ProseCsv());
        }

        Print(bag.Items.Where(d => d.IsError), stderr);
        return review is null ? 2 : 0;
    }

    internal static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine(Relative(d).ToString());
        }
    }

    /// <summary>The diagnostic with its places named as <see cref="DisplayPath"/> names them.</summary>
    private static Diagnostic Relative(Diagnostic d)
    {
        static SourceSpan Shorten(SourceSpan span) => span with { File = DisplayPath(span.File) };
        return d with { Span = Shorten(d.Span), Related = d.Related.Select(Shorten).ToList() };
    }

    /// <summary>
    /// A document's path as it is shown, the one place that makes it: under the current folder, relative to it, as a
    /// user typed it (a package's entry is <c>package.xbr/top/reports/file.xbrl</c>); a file of the installed tool's
    /// own home (the bundled sample) named from that folder, <c>xbrlgen-home/mappings/...</c>, not by its long path
    /// inside the tool store.
    /// </summary>
    internal static string DisplayPath(string file)
    {
        if (!Path.IsPathFullyQualified(file))
        {
            return file;
        }

        var here = Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory) + Path.DirectorySeparatorChar;
        if (file.StartsWith(here, StringComparison.Ordinal))
        {
            return file[here.Length..];
        }

        var home = Path.Combine(AppContext.BaseDirectory, ProjectLayout.InstalledHome) + Path.DirectorySeparatorChar;
        return file.StartsWith(home, StringComparison.Ordinal) ? Path.Combine(ProjectLayout.InstalledHome, file[home.Length..]) : file;
    }
}

/// <summary>The last JSON line per file of <c>validate --format json</c>.</summary>
internal sealed record FileVerdict(string File, bool Valid, int Errors);

/// <summary>The CLI's own JSON, serialized by code generated at compile time (no reflection; Native AOT safe).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(FileVerdict))]
internal sealed partial class CliJsonContext : System.Text.Json.Serialization.JsonSerializerContext
{
    /// <summary>File names other than ASCII written as UTF-8, not as <c>\uXXXX</c> escapes.</summary>
    public static CliJsonContext Utf8 { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
