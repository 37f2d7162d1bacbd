using ApprovalTests;
using ApprovalTests.Reporters;
using XbrlGen.Cli;

namespace XbrlGen.Tests.Cli;

/// <summary>
/// Approved snapshots of every command's <c>--help</c>: the program is <c>xbrlgen</c>, and each command names only the
/// formats it writes. A change to the command line shows here first.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class HelpTests
{
    private static string Help(params string[] command)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run([.. command, "--help"], stdout, stderr);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr.ToString());
        return stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void Xbrlgen() => Approvals.Verify(Help());

    [Fact]
    public void Generate() => Approvals.Verify(Help("generate"));

    [Fact]
    public void Validate() => Approvals.Verify(Help("validate"));

    [Fact]
    public void Extract() => Approvals.Verify(Help("extract"));

    [Fact]
    public void Convert() => Approvals.Verify(Help("convert"));

    [Fact]
    public void Diff() => Approvals.Verify(Help("diff"));
}
