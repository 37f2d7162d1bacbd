using System.CommandLine;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Inline;

namespace XbrlGen.Cli;

/// <summary><c>xbrlgen facts FILE... [--format csv|json]</c>: the facts of any instance, Inline XBRL page or set, package or archive, as read.</summary>
internal static class FactsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Instances, the pages of one Inline XBRL document set, report packages or filing archives.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: csv: a header and one row per fact; json: JSON Lines, one object per fact.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("facts", "List the facts of instances, Inline XBRL pages, packages and archives as read, with or without the taxonomy.");
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.SetAction(r => Run(r.GetValue(files) ?? [], r.GetValue(format) ?? "csv", stdout, stderr));
        return command;
    }

    private static int Run(string[] files, string format, TextWriter stdout, TextWriter stderr)
    {
        var bag = new DiagnosticBag();
        var facts = XbrlGen.Pipeline.FactSource.Read(files, bag);
        foreach (var d in bag.Items)
        {
            stderr.WriteLine(d.ToString());
        }

        if (facts is null)
        {
            return Math.Max(1, Diagnostic.ExitCode(bag.Items));
        }

        var cwd = Directory.GetCurrentDirectory();
        string Relative(string file) => Path.IsPathRooted(file) && file.StartsWith(cwd + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.GetRelativePath(cwd, file) : file;
        if (format == "json")
        {
            FactListing.WriteJson(facts, stdout, Relative);
        }
        else
        {
            FactListing.WriteCsv(facts, stdout, Relative);
        }

        return 0;
    }
}
