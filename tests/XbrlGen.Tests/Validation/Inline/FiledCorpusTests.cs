using System.Text.RegularExpressions;

namespace XbrlGen.Tests.Validation.Inline;

/// <summary>
/// <c>validate</c> on filings others made (shared/filings/): no transformation error and no error besides the missing
/// taxonomy (XG0702, once per missing document), except the errors the filings really hold, named here.
/// </summary>
public class FiledCorpusTests
{
    [SkippableTheory]
    // The SEC 10-Q (Inline XBRL 1.1, Registry 3 and the SEC's): only its four missing schemas.
    [InlineData("sec-aeon-10q-2023q3/aeon-20230930x10q.htm", 4, "")]
    // UK accounts in Inline XBRL 1.1 (Registries 1 and 2): the missing FRS-102 entry point, and a context without an
    // id (the page's own error, reported by its schema and by the target document's).
    [InlineData("uk-companies-house/account_4.html", 1, "xmlSchema: The required attribute 'id' is missing.")]
    // UK accounts in Inline XBRL 1.0, kept by their source as a page with an error: its undefined transformation.
    [InlineData("uk-companies-house/account_errors.html", 0, "ix10.10.1.2:invalidTransformation: fact uk-core:CurrentAssets has transformation ixt2:numdotdecimalblahblah")]
    // The TDnet archive (manifest.xml, Inline XBRL 1.0 pages): only its missing TDnet and EDINET taxonomy documents.
    [InlineData("tdnet-cybozu-2024q1.zip", -1, "")]
    public void A_filing_validates_with_no_error_but_its_missing_taxonomy_and_its_own(string file, int missing, string own)
    {
        Skip.If(SharedFilings.Root is null, SharedFilings.AbsentMessage);
        var (exit, stdout, _) = Outcome.Cli("validate", SharedFilings.Path(file));
        Assert.NotEqual(0, exit); // 2 when the taxonomy is missing (XG0702 makes the input unusable), 1 for the page's own errors
        var errors = stdout.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        var xg0702 = errors.Count(e => e.Contains("error XG0702", StringComparison.Ordinal));
        Assert.True(missing < 0 ? xg0702 > 0 : xg0702 == missing, $"{xg0702} missing-taxonomy errors:\n{stdout}");
        var others = errors.Where(e => !e.Contains("error XG0702", StringComparison.Ordinal)).ToList();
        Assert.True(others.All(e => own.Length > 0 && e.Contains(own, StringComparison.Ordinal)), string.Join("\n", others));
        Assert.DoesNotContain(errors, e => Regex.IsMatch(e, @"transformValueError") || (e.Contains("invalidTransformation", StringComparison.Ordinal) && own.Length == 0));
        // Each missing document is said once.
        Assert.Equal(errors.Where(e => e.Contains("error XG0702", StringComparison.Ordinal)).Count(), errors.Where(e => e.Contains("error XG0702", StringComparison.Ordinal)).Select(e => Regex.Match(e, "reference '[^']*'").Value).Distinct().Count());
    }

    [SkippableFact]
    public void The_facts_of_the_TDnet_archive_are_listed_from_the_sets_its_manifest_and_summary_folder_hold()
    {
        Skip.If(SharedFilings.Root is null, SharedFilings.AbsentMessage);
        var (exit, stdout, stderr) = Outcome.Cli("facts", SharedFilings.Path("tdnet-cybozu-2024q1.zip"));
        Assert.True(exit == 0, stderr);
        var rows = stdout.Split('\n').Where(l => l.Length > 0).ToList();
        Assert.StartsWith("concept,start,end,instant,dimensions,unit,decimals,value,file,line", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Contains("tdnet-cybozu-2024q1.zip/XBRLData/Summary/", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("tdnet-cybozu-2024q1.zip/XBRLData/Attachment/0500000-qcbs01", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("qualitative.htm", StringComparison.Ordinal));
    }
}
