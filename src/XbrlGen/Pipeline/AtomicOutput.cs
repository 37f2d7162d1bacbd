using XbrlGen.Diagnostics;
using XbrlGen.Rendering;

namespace XbrlGen.Pipeline;

/// <summary>
/// Writes a set of documents so that the output folder is either the old one or the complete new one: everything is
/// written to a temporary folder beside the target, checked, then swapped in.
/// </summary>
public sealed class AtomicOutput : IDisposable
{
    private AtomicOutput(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    public string Target { get; }

    /// <summary>The temporary folder the documents are written to first.</summary>
    public string Staging { get; }

    /// <summary>A hook for tests: runs after each file is written, so a failure can be injected mid-write.</summary>
    public Action<string>? AfterFileWritten { get; init; }

    public static AtomicOutput? Begin(string target, DiagnosticBag diagnostics, Action<string>? afterFileWritten = null)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            diagnostics.Report(Codes.OutputIsFile, SourceSpan.ForFile(target), target);
            return null;
        }

        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var staging = Path.Combine(parent, "." + Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)) + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.OutputFailed, SourceSpan.ForFile(target), target, ex.Message);
            return null;
        }

        return new AtomicOutput(full, staging) { AfterFileWritten = afterFileWritten };
    }

    public bool Write(IEnumerable<RenderedDocument> documents, DiagnosticBag diagnostics)
    {
        try
        {
            foreach (var doc in documents)
            {
                var path = Path.Combine(Staging, doc.FileName);
                doc.WriteFile(path);
                AfterFileWritten?.Invoke(path);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.OutputFailed, SourceSpan.ForFile(Target), Target, ex.Message);
            return false;
        }
    }

    /// <summary>Replaces the target with the staged folder.</summary>
    public bool Commit(DiagnosticBag diagnostics)
    {
        var backup = Staging + ".old";
        try
        {
            if (Directory.Exists(Target))
            {
                Directory.Move(Target, backup);
            }

            Directory.Move(Staging, Target);
            if (Directory.Exists(backup))
            {
                Directory.Delete(backup, recursive: true);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(Target) && Directory.Exists(backup))
            {
                Directory.Move(backup, Target);
            }

            diagnostics.Report(Codes.OutputFailed, SourceSpan.ForFile(Target), Target, ex.Message);
            return false;
        }
    }

    /// <summary>The folder rejected documents are kept in: beside the target, never in it.</summary>
    public string Rejected => Target.TrimEnd(Path.DirectorySeparatorChar) + ".rejected";

    /// <summary>
    /// Keeps documents that were written whole but failed validation in <see cref="Rejected"/> (replacing an earlier
    /// one), so their diagnostics point at files a person can open. The target is untouched. False if they cannot be kept.
    /// </summary>
    public bool Reject()
    {
        try
        {
            if (Directory.Exists(Rejected))
            {
                Directory.Delete(Rejected, recursive: true);
            }

            Directory.Move(Staging, Rejected);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Removes the staging folder if it is still there (after a failure).</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Staging))
            {
                Directory.Delete(Staging, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}
