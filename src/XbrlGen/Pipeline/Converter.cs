using System.Globalization;
using System.Text;
using System.Xml.Linq;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Packaging;
using XbrlGen.Rendering;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Json;
using XbrlGen.Validation;
using XbrlGen.Xbrl;

namespace XbrlGen.Pipeline;

/// <summary>The report formats <c>convert</c> writes.</summary>
public enum ReportFormat
{
    Json,
    Xml,
}

/// <summary>What a conversion wrote: the file and how many facts.</summary>
public sealed record ConvertResult(string Output, int Facts);

/// <summary>
/// <c>xbrlgen convert</c>: an xBRL-XML instance or an Inline XBRL document set, validated first exactly as
/// <c>validate</c> does, written as xBRL-JSON or xBRL-XML. Nothing is written when the input does not validate, and an
/// input file is never overwritten.
/// </summary>
public static class Converter
{
    private static readonly XNamespace Link = XbrlNamespaces.Link;
    private static readonly XNamespace XLink = XbrlNamespaces.XLink;

    public static ConvertResult? Convert(IReadOnlyList<string> files, ReportFormat to, string? output, TaxonomyCatalog catalog, DiagnosticBag diagnostics)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        foreach (var file in missing)
        {
            diagnostics.Report(Codes.FileNotFound, SourceSpan.ForFile(file), file, "no such file");
        }

        if (missing.Count > 0)
        {
            return null;
        }

        foreach (var file in files)
        {
            if (DocumentSniff.IsPackageName(file))
            {
                diagnostics.Report(Codes.ConvertUnsupported, SourceSpan.ForFile(file), file, "a report package (validate it, or convert the report inside it)");
                return null;
            }
        }

        var kinds = files.Select(DocumentSniff.KindOf).ToList();
        var inline = kinds.All(k => k == DocumentKind.InlinePage);
        var json = files.Count == 1 && kinds[0] == DocumentKind.Json;
        if (!inline && files.Count != 1)
        {
            diagnostics.Report(Codes.ConvertInputs, SourceSpan.ForFile(files[0]));
            return null;
        }

        var extension = to == ReportFormat.Json ? ".json" : ".xml";
        var target = Path.GetFullPath(output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(files[0]))!, Path.GetFileNameWithoutExtension(files[0]) + extension));
        if (files.Any(f => string.Equals(Path.GetFullPath(f), target, StringComparison.Ordinal)))
        {
            diagnostics.Report(Codes.ConvertOverwrite, SourceSpan.ForFile(target), target);
            return null;
        }

        // Validated first; then the one instance model, which the xBRL-JSON writer reads, and the xBRL-XML document.
        XDocument? instance;
        InstanceModel? model;
        var options = new ValidationOptions();
        if (inline)
        {
            instance = InlineValidator.Validate(files, catalog, options, diagnostics)?.Instance;
            model = instance is null || diagnostics.HasErrors ? null : InlineValidator.Read(files.Select(f => InlineDocument.From(catalog.Files.Source(f))).ToList(), catalog, options, diagnostics)?.Model;
        }
        else if (json)
        {
            var content = JsonReportValidator.Validate(files[0], catalog, options, diagnostics);
            model = content?.Model;
            instance = content is null || diagnostics.HasErrors ? null : JsonInstance.ToXml(content, files[0], diagnostics);
        }
        else
        {
            InstanceValidator.Validate(files[0], catalog, options, diagnostics);
            model = diagnostics.HasErrors ? null : InstanceValidator.Read(files[0], catalog, options, diagnostics)?.Model;
            instance = model is null ? null : SafeXml.Load(files[0], diagnostics);
        }

        if (instance?.Root is null || model is null || diagnostics.HasErrors)
        {
            return null;
        }

        // References are made relative to where the report is written: the target document's are absolute (it was
        // validated away from its pages), an instance's are relative to the instance.
        var folder = Path.GetDirectoryName(target)!;
        var inputFolder = Path.GetDirectoryName(Path.GetFullPath(files[0]))!;
        foreach (var href in instance.Root.Elements().Where(e => e.Name.Namespace == Link).Select(e => e.Attribute(XLink + "href")).OfType<XAttribute>())
        {
            if (!Uri.TryCreate(href.Value, UriKind.RelativeOrAbsolute, out var uri))
            {
                continue;
            }

            var local = uri.IsAbsoluteUri ? (uri.IsFile ? uri.LocalPath : null) : Path.GetFullPath(Path.Combine(inputFolder, Uri.UnescapeDataString(href.Value)));
            if (local is not null)
            {
                href.Value = Path.GetRelativePath(folder, local).Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        var facts = JsonReport.FactsOf(model);
        var temp = target + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(folder);
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                if (to == ReportFormat.Json)
                {
                    var taxonomy = instance.Root.Elements(Link + "schemaRef").Select(e => (string?)e.Attribute(XLink + "href") ?? string.Empty).ToList();
                    JsonReport.Write(facts, taxonomy, writer);
                }
                else
                {
                    using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) });
                    instance.Save(xml);
                }
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            diagnostics.Report(Codes.OutputFailed, SourceSpan.ForFile(target), target, ex.Message);
            return null;
        }

        return new ConvertResult(target, facts.Count);
    }
}
