using System.Diagnostics;

namespace XbrlGen.Tests.Pipeline;

/// <summary>
/// The packed .NET tool works from any folder with no environment variable: pack, install from the local package only,
/// then <c>xbrlgen generate</c> in an empty folder files the bundled sample into ./output, and <c>xbrlgen validate</c>
/// accepts it. Slow (a pack and an install): one test.
/// </summary>
public class ToolInstallTests
{
    private static (int Exit, string Output) Run(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("XBRLGEN_HOME");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host)
        {
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(host);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out: " + file + " " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void The_packed_tool_installs_and_files_the_bundled_sample_from_an_empty_folder()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var temp = TestPaths.TempDir();
        var packages = Path.Combine(temp, "packages");
        var tools = Path.Combine(temp, "tools");
        var empty = Path.Combine(temp, "empty");
        Directory.CreateDirectory(empty);

        var pack = Run(dotnet, TestPaths.Layout.Root, "pack", Path.Combine("src", "XbrlGen.Cli"), "-c", "Release", "-o", packages, "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:NuGetAudit=false");
        Assert.True(pack.Exit == 0, pack.Output);

        // Only the local package: the install needs no network.
        var config = Path.Combine(temp, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);
        var install = Run(dotnet, temp, "tool", "install", "--tool-path", tools, "--configfile", config, "XbrlGen.Cli");
        Assert.True(install.Exit == 0, install.Output);
        var xbrlgen = Path.Combine(tools, OperatingSystem.IsWindows() ? "xbrlgen.exe" : "xbrlgen");

        var generate = Run(xbrlgen, empty, "generate");
        Assert.True(generate.Exit == 0, generate.Output);
        Assert.Contains("418 facts", generate.Output, StringComparison.Ordinal);
        // The bundled sample's diagnostics name its files from the tool's home folder, not by their paths in the tool store.
        Assert.Contains("xbrlgen-home/mappings/iij/releases/iij-1q03.txt(", generate.Output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain(".store", generate.Output, StringComparison.Ordinal);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(TestPaths.Layout.Output, "iij-20030630.xbr")),
            File.ReadAllBytes(Path.Combine(empty, "output", "iij-20030630.xbr")));

        var validate = Run(xbrlgen, empty, "validate", Path.Combine("output", "iij-20030630.xml"), Path.Combine("output", "iij-20030630.xbr"));
        Assert.True(validate.Exit == 0, validate.Output);
        Assert.Contains("output/iij-20030630.xbr: valid", validate.Output.Replace('\\', '/'), StringComparison.Ordinal);

        var help = Run(xbrlgen, empty, "--help");
        Assert.Contains("xbrlgen [command] [options]", help.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("XbrlGen.Cli", help.Output, StringComparison.Ordinal);
    }
}
