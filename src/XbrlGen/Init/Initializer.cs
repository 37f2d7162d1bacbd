using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Init;

/// <summary>What <c>xbrlgen init</c> drafts from what: a release, the folder to write the mapping to, and optionally the company's name.</summary>
public sealed record InitOptions(string Release, string Output, string Taxonomy)
{
    /// <summary>The company's name, when the release does not print it plainly enough.</summary>
    public string? Name { get; init; }

    public long MaxInputBytes { get; init; } = ReleaseSource.DefaultMaxBytes;
}

/// <summary>The outcome: exit code (0 written, 2 unreadable input or a folder that holds something), diagnostics, the draft and the files written.</summary>
public sealed record InitResult(int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, MappingDraft? Draft, IReadOnlyList<string> Files);

/// <summary>
/// <c>xbrlgen init</c>: reads a release as <c>generate</c> does, drafts a mapping for it (<see cref="Drafter"/>) and
/// writes the folder <c>generate --mapping</c> takes as it is. It refuses a folder that holds anything.
/// </summary>
public static class Initializer
{
    public static InitResult Run(InitOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (File.Exists(options.Output))
        {
            diagnostics.Report(Codes.OutputIsFile, SourceSpan.ForFile(options.Output), options.Output);
            return Done(diagnostics, null, []);
        }

        if (Directory.Exists(options.Output) && Directory.EnumerateFileSystemEntries(options.Output).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } present)
        {
            diagnostics.Report(Codes.OutputNotOwn, SourceSpan.ForFile(options.Output), options.Output, string.Join(", ", present.Take(5).Select(Path.GetFileName)));
            return Done(diagnostics, null, []);
        }

        var catalog = TaxonomyCatalog.Load(options.Taxonomy, diagnostics);
        var taxonomy = catalog is null ? null : BaseTaxonomy.Load(catalog, diagnostics);
        if (taxonomy is null)
        {
            return Done(diagnostics, null, []);
        }

        var (release, calendar) = Read(options, diagnostics);
        if (release is null || calendar is null || diagnostics.HasErrors)
        {
            return Done(diagnostics, null, []);
        }

        var draft = Drafter.Draft(release, taxonomy, calendar, options.Name);
        if (!draft.Tables.Any())
        {
            diagnostics.Report(Codes.InitNoStatements, SourceSpan.ForFile(options.Release));
            return Done(diagnostics, draft, []);
        }

        var lines = draft.Lines.ToList();
        var extensions = lines.Count(l => l.Concept.StartsWith(draft.Entity.Prefix + ":", StringComparison.Ordinal));
        diagnostics.Report(Codes.InitDrafted, SourceSpan.ForFile(options.Release), lines.Count, draft.Tables.Count, lines.Count - extensions,
            lines.Count(l => l.Members.Count == 0 && !l.Concept.StartsWith(draft.Entity.Prefix + ":", StringComparison.Ordinal) && l.Confidence < 0.5m), extensions);
        try
        {
            Directory.CreateDirectory(options.Output);
            var files = new List<string>();
            foreach (var (file, text) in DraftWriter.Write(draft, options.Release))
            {
                File.WriteAllText(Path.Combine(options.Output, file), text, new System.Text.UTF8Encoding(false));
                files.Add(file);
            }

            return Done(diagnostics, draft, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.OutputFailed, SourceSpan.ForFile(options.Output), options.Output, ex.Message);
            return Done(diagnostics, draft, []);
        }
    }

    /// <summary>
    /// Reads the release once to learn its fiscal year end from the dated headings, then again with that calendar, so
    /// quarter headings (<c>1Q03</c>) are read in the company's own fiscal years.
    /// </summary>
    public static (Release? Release, FiscalCalendar? Calendar) Read(InitOptions options, DiagnosticBag diagnostics)
    {
        var first = new DiagnosticBag();
        var probe = ReleaseReader.ReadFile(options.Release, new ReaderOptions(new FiscalCalendar(12, 31, FiscalYearNaming.EndYear)), first, options.MaxInputBytes);
        if (probe is null || first.Items.Any(d => d.IsError && d.Code is "XG0100" or "XG0101" or "XG0102" or "XG0103" or "XG0104" or "XG0105"))
        {
            diagnostics.AddRange(first.Items);
            return (null, null);
        }

        if (Drafter.YearEnd(probe) is not { } end)
        {
            diagnostics.Report(Codes.InitNoStatements, SourceSpan.ForFile(options.Release));
            return (null, null);
        }

        // Japanese and most March year ends name a fiscal year by the year it starts in; later year ends by the year they
        // end in. Where quarter headings (1Q03) and dated headings are both printed, the naming that makes them agree wins.
        var usual = end.Month <= 3 ? FiscalYearNaming.StartYear : FiscalYearNaming.EndYear;
        var best = (Naming: usual, Agreeing: -1);
        foreach (var naming in new[] { usual, usual == FiscalYearNaming.StartYear ? FiscalYearNaming.EndYear : FiscalYearNaming.StartYear })
        {
            var trial = ReleaseReader.ReadFile(options.Release, new ReaderOptions(new FiscalCalendar(end.Month, end.Day, naming)), new DiagnosticBag(), options.MaxInputBytes);
            var columns = trial?.Tables.SelectMany(t => t.AmountColumns).Where(c => c.Period is not null).ToList() ?? [];
            var dated = columns.Where(c => !Drafter.IsQuarterLabel(c.PeriodText)).Select(c => c.Period).ToHashSet();
            var agreeing = columns.Count(c => Drafter.IsQuarterLabel(c.PeriodText) && dated.Contains(c.Period));
            if (agreeing > best.Agreeing)
            {
                best = (naming, agreeing);
            }
        }

        var calendar = new FiscalCalendar(end.Month, end.Day, best.Naming);
        // Nothing is filed yet: a table whose rows do not fit its columns is a warning, and is not drafted.
        var release = ReleaseReader.ReadFile(options.Release, new ReaderOptions(calendar) { Files = _ => [] }, diagnostics, options.MaxInputBytes);
        return (release, calendar);
    }

    private static InitResult Done(DiagnosticBag diagnostics, MappingDraft? draft, IReadOnlyList<string> files) =>
        new(Diagnostic.ExitCode(diagnostics.Items), diagnostics.Items, draft, files);
}
