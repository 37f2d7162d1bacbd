using ApprovalTests;
using ApprovalTests.Reporters;
using XbrlGen.Cli;

namespace XbrlGen.Tests.Pipeline;

/// <summary>
/// Approved-file snapshots of contracts: the line items the reader sees in the bundled release.
/// The generated documents themselves are guarded against the committed output/ folder (one copy only) by
/// <see cref="GeneratorTests.The_committed_output_folder_is_what_generate_makes"/>.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class SnapshotTests
{
    private static string Run(params string[] args)
    {
        var stdout = new StringWriter();
        Program.Run(args, stdout, new StringWriter());
        return stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void LineItems() => Approvals.Verify(Run("extract", "--release", TestPaths.Release, "--format", "csv"));
}
