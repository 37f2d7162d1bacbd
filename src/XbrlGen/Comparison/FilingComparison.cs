using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;

namespace XbrlGen.Comparison;

/// <summary>What <c>xbrlgen diff</c> ends with: the differences (null: a filing could not be read) and the exit code, as <c>diff</c>'s.</summary>
public sealed record DiffResult(FilingDiff? Diff, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>0 the filings are equal, 1 they differ, 2 one could not be read.</summary>
    public int ExitCode => Diff is null ? 2 : Diff.Equal ? 0 : 1;
}

/// <summary><c>xbrlgen diff OLD NEW</c>: reads both filings, whatever their form, and compares their facts and taxonomies.</summary>
public static class FilingComparison
{
    public static DiffResult Compare(string old, string @new, TaxonomyCatalog catalog, ValidationOptions? options = null)
    {
        // The two filings are read side by side, each into a bag of its own, told in order: old, then new. They share
        // one set of caches: one DTS of both is loaded once.
        options ??= new ValidationOptions();
        var oldBag = new DiagnosticBag();
        var newBag = new DiagnosticBag();
        ComparedFiling? before = null, after = null;
        Parallel.Invoke(
            () => before = FilingReader.Read(old, catalog, oldBag, options),
            () => after = FilingReader.Read(@new, catalog, newBag, options));
        var bag = new DiagnosticBag();
        bag.AddRange(oldBag.Items);
        bag.AddRange(newBag.Items);
        if (before is null || after is null || bag.Items.Any(d => d.IsError && d.Outcome == ExitOutcome.Unusable))
        {
            return new DiffResult(null, bag.Items);
        }

        return new DiffResult(Compare(before, after), bag.Items);
    }

    public static FilingDiff Compare(ComparedFiling old, ComparedFiling @new) =>
        new(old.Name, @new.Name, FactComparer.Compare(old, @new), TaxonomyComparer.Compare(old, @new));
}
