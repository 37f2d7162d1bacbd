using System.CommandLine;
using XbrlGen.Comparison;
using XbrlGen.Pipeline;
using XbrlGen.Validation;

namespace XbrlGen.Cli;

/// <summary><c>xbrlgen diff OLD NEW [--format text|json]</c>: what changed between two filings. Exit 0 equal, 1 they differ, 2 unreadable input.</summary>
internal static class DiffCommand
{
    public static Command Create(ProjectLayout? layout, TextWriter stdout, TextWriter stderr)
    {
        var old = new Argument<string>("old") { Description = "The earlier filing: an instance, an Inline XBRL page, a report package (.xbr, .xbri, .zip) or an xBRL-JSON report." };
        var @new = new Argument<string>("new") { Description = "The later filing, in any of the same forms." };
        var format = new Option<string>("--format") { Description = "Output format: text: a line per change and a summary line; json: JSON Lines, one object per change and then a summary object.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "Compare two filings: facts added, removed and changed (matched by concept, period, dimensions and unit), and the taxonomy's concepts, labels, presentation and calculation.");
        command.Arguments.Add(old);
        command.Arguments.Add(@new);
        command.Options.Add(format);
        command.SetAction(r => Run(layout, r.GetValue(old)!, r.GetValue(@new)!, r.GetValue(format) ?? "text", stdout, stderr));
        return command;
    }

    private static int Run(ProjectLayout? layout, string old, string @new, string format, TextWriter stdout, TextWriter stderr)
    {
        if (layout is null)
        {
            stderr.WriteLine(Diagnostics.Codes.NoHome.Create(Diagnostics.SourceSpan.ForFile("xbrlgen")));
            return 2;
        }

        var bag = new Diagnostics.DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(layout.Taxonomy, bag);
        if (catalog is null)
        {
            Program.Print(bag.Items, stderr);
            return 2;
        }

        var result = FilingComparison.Compare(old, @new, catalog);
        Program.Print(result.Diagnostics, stderr);
        if (result.Diff is { } diff)
        {
            stdout.Write(format == "json" ? DiffReport.JsonLines(diff, Program.DisplayPath) : DiffReport.Text(diff));
        }

        return result.ExitCode;
    }
}
