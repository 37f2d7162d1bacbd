using XbrlGen.Diagnostics;
using XbrlGen.Rendering;

namespace XbrlGen.Pipeline;

/// <summary>
/// Writes a set of documents so that the output folder is either the old one or the complete new one: everything is
/// written to a temporary folder beside the target, checked, then swapped in. It never deletes a file it did not write:
/// the folder records what XbrlGen wrote in <see cref="ManifestName"/>, and a folder holding anything else (a user's
/// file, a subfolder) is refused before anything is touched (<see cref="Codes.OutputNotOwn"/>).
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

    /// <summary>The file, in an output folder, that lists the documents XbrlGen wrote there (one name a line).</summary>
    public const string ManifestName = ".xbrlgen-manifest";

    public static AtomicOutput? Begin(string target, DiagnosticBag diagnostics, Action<string>? afterFileWritten = null)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            diagnostics.Report(Codes.OutputIsFile, SourceSpan.ForFile(target), target);
            return null;
        }

        if (!OnlyOwnFiles(full, target, diagnostics))
        {
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

    /// <summary>The filing an output folder holds, by its base name (<c>iij-20030630</c>): the report package its manifest lists; null if none.</summary>
    public static string? FilingIn(string folder)
    {
        var manifest = Path.Combine(folder, ManifestName);
        try
        {
            return File.Exists(manifest)
                ? File.ReadAllLines(manifest).Where(l => l.EndsWith(".xbr", StringComparison.Ordinal) && !l.StartsWith('#')).Select(Path.GetFileNameWithoutExtension).FirstOrDefault()
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether a folder holds nothing but the documents its manifest says XbrlGen wrote (and the manifest); reports the
    /// first others if not. A folder that does not exist holds nothing.
    /// </summary>
    public static bool OnlyOwnFiles(string folder, string shownAs, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return true;
        }

        try
        {
            var manifest = Path.Combine(folder, ManifestName);
            var own = File.Exists(manifest)
                ? File.ReadAllLines(manifest).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
                : [];
            var others = Directory.EnumerateFileSystemEntries(folder)
                .Where(e => !(File.Exists(e) && (Path.GetFileName(e) == ManifestName || own.Contains(Path.GetFileName(e)))))
                .Select(e => Path.GetFileName(e) + (Directory.Exists(e) ? "/" : string.Empty))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (others.Count == 0)
            {
                return true;
            }

            diagnostics.Report(Codes.OutputNotOwn, SourceSpan.ForFile(shownAs), shownAs, string.Join(", ", others.Take(5)) + (others.Count > 5 ? ", ..." : string.Empty));
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.OutputFailed, SourceSpan.ForFile(shownAs), shownAs, ex.Message);
            return false;
        }
    }

    /// <summary>Records every file now in the staging folder as XbrlGen's own, in its manifest.</summary>
    private void WriteManifest()
    {
        var names = Directory.EnumerateFiles(Staging).Select(Path.GetFileName).OfType<string>()
            .Where(n => n != ManifestName).Order(StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(Staging, ManifestName),
            "# Written by xbrlgen generate: the files it may replace here. Anything else in this folder stops it.\n" + string.Concat(names.Select(n => n + "\n")));
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
        if (!OnlyOwnFiles(Target, Target, diagnostics))
        {
            return false;
        }

        try
        {
            WriteManifest();
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
    /// one, unless it holds files XbrlGen did not write), so their diagnostics point at files a person can open. The
    /// target is untouched. False if they cannot be kept.
    /// </summary>
    public bool Reject(DiagnosticBag diagnostics)
    {
        var refused = new DiagnosticBag();
        if (!OnlyOwnFiles(Rejected, Rejected, refused))
        {
            // Not keeping them is no reason to fail differently: the validation errors stand, this is a warning.
            diagnostics.AddRange(refused.Items.Select(d => d with { Severity = Severity.Warning }));
            return false;
        }

        try
        {
            WriteManifest();
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
