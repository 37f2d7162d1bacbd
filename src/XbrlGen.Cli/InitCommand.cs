using System.CommandLine;
using XbrlGen.Diagnostics;
using XbrlGen.Init;
using XbrlGen.Pipeline;
using XbrlGen.Reading;

namespace XbrlGen.Cli;

/// <summary><c>xbrlgen init --release FILE --out DIR [--name NAME]</c>: drafts a company's mapping folder from its release (issue 22).</summary>
internal static class InitCommand
{
    public static Command Create(ProjectLayout? layout, TextWriter stdout, TextWriter stderr)
    {
        var release = new Option<string>("--release") { Description = "The company's release (text, PDF or HTML, as generate reads it).", Required = true };
        var output = new Option<string>("--out") { Description = "The mapping folder to write; it must not exist or be empty.", Required = true };
        var name = new Option<string?>("--name") { Description = "The company's name, when the release does not print it plainly." };
        var maxBytes = new Option<long>("--max-input-bytes") { Description = "Refuse a release larger than this many bytes.", DefaultValueFactory = _ => ReleaseSource.DefaultMaxBytes };
        var init = new Command("init", "Draft a mapping folder (entity.yaml, concepts.yaml, mapping.yaml) for a new company from its release, for generate --mapping.");
        init.Options.Add(release);
        init.Options.Add(output);
        init.Options.Add(name);
        init.Options.Add(maxBytes);
        init.SetAction(r => Run(layout, r.GetValue(release)!, r.GetValue(output)!, r.GetValue(name), r.GetValue(maxBytes), stdout, stderr));
        return init;
    }

    private static int Run(ProjectLayout? layout, string release, string output, string? name, long maxBytes, TextWriter stdout, TextWriter stderr)
    {
        if (layout is null)
        {
            stderr.WriteLine(Codes.NoHome.Create(SourceSpan.ForFile("xbrlgen")));
            return 2;
        }

        var result = Initializer.Run(new InitOptions(release, output, layout.Taxonomy) { Name = name, MaxInputBytes = maxBytes });
        Program.Print(result.Diagnostics, stderr);
        if (result.ExitCode == 0)
        {
            stdout.WriteLine($"{string.Join(", ", result.Files)} written to {output}; review them, fill in the entity identifier, then: xbrlgen generate --release {release} --mapping {output}");
        }

        return result.ExitCode;
    }
}
