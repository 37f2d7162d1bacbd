using System.Text.RegularExpressions;
using XbrlGen.Cli;
using XbrlGen.Diagnostics;
using XbrlGen.Pipeline;
using XbrlGen.Validation;

namespace XbrlGen.Tests;

/// <summary>What every run must leave behind, whatever its input: a known exit code, coded diagnostics with a place, and no partial output.</summary>
internal static partial class Outcome
{
    /// <summary>Codes that are about a whole file (it is missing, empty or too large), so they have no line to name.</summary>
    private static readonly HashSet<string> WholeFileCodes = [Codes.FileNotFound.Code, Codes.InputIsDirectory.Code, Codes.EmptyInput.Code, Codes.InputTooLarge.Code, Codes.MappingMissing.Code, Codes.OutputFailed.Code, Codes.OutputIsFile.Code, Codes.OutputNotOwn.Code, Codes.PackageShape.Code];

    /// <summary>Runs the command line in-process, as <c>xbrlgen</c> does.</summary>
    public static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// A run that failed: exit 1 or 2, at least one error, every error coded (XGnnnn or a specification code) and placed
    /// in a file, the first error on a line unless it is about the whole file, and nothing written to the output folder.
    /// </summary>
    public static Diagnostic Refused(GenerateResult result, string output)
    {
        Assert.True(result.ExitCode is 1 or 2, $"exit {result.ExitCode}: {string.Join("\n", result.Diagnostics)}");
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Matches(CodePattern(), e.Code);
            Assert.False(string.IsNullOrEmpty(e.Span.File), e.ToString());
        });
        var first = errors[0];
        Assert.True(first.Span.Line > 0 || WholeFileCodes.Contains(first.Code), "no line: " + first);
        NothingWritten(output);
        return first;
    }

    /// <summary>The output folder was not created and no staging folder was left beside it.</summary>
    public static void NothingWritten(string output)
    {
        Assert.False(Directory.Exists(output), output + " exists after a failed run");
        var parent = Path.GetDirectoryName(Path.GetFullPath(output))!;
        if (Directory.Exists(parent))
        {
            Assert.DoesNotContain(Directory.GetFileSystemEntries(parent), e => Path.GetFileName(e).Contains(".tmp-", StringComparison.Ordinal));
        }
    }

    /// <summary>A clean run wrote exactly its documents, each well-formed XML read the safe way, and the review page.</summary>
    public static void Written(GenerateResult result, string output)
    {
        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(result.Filing);
        Assert.Equal(
            result.Files.Append(AtomicOutput.ManifestName).Order(StringComparer.Ordinal),
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(10, result.Documents.Count); // six xBRL-XML documents, two Inline XBRL pages, the xBRL-JSON report, the review page
        Assert.Equal(result.Documents.Count + 3, result.Files.Count); // and the .xbr, the .xbri and the taxonomy package
        foreach (var file in Directory.GetFiles(output).Where(f => !f.EndsWith(".xbr", StringComparison.Ordinal) && !f.EndsWith(".xbri", StringComparison.Ordinal) && !f.EndsWith(".zip", StringComparison.Ordinal) && !f.EndsWith(AtomicOutput.ManifestName, StringComparison.Ordinal)))
        {
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
                Assert.True(json.RootElement.GetProperty("facts").EnumerateObject().Any());
                continue;
            }

            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                Assert.EndsWith("</html>\n", File.ReadAllText(file), StringComparison.Ordinal);
                continue;
            }

            var bag = new DiagnosticBag();
            Assert.NotNull(SafeXml.Load(file, bag));
            Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        }
    }

    /// <summary>A diagnostic code: XbrlGen's own, or one anchored to a specification section.</summary>
    [GeneratedRegex(@"^(XG\d{4}|xbrl\.\d+(\.\d+)*(\.[A-Za-z]+)?|xmlSchema|calc11\.[A-Za-z]+|xbrld[ti]e:[A-Za-z]+|EFM\.\d+(\.\d+)*|ix11(\.\d+)*(:[A-Za-z]+)?)$")]
    public static partial Regex CodePattern();
}
