using System.Globalization;
using System.Reflection;
using System.Security;
using Scriban;
using Scriban.Runtime;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Model;

namespace XbrlGen.Rendering;

/// <summary>A generated document: its file name and its text.</summary>
public sealed record RenderedDocument(string FileName, string Text);

/// <summary>
/// Renders a filing's five documents through Scriban templates. The templates ship inside the library; a company can
/// override any of them with a file of the same name in <c>templates/</c> of its mapping folder. Every text value
/// goes through the template function <c>x</c>, which escapes it for XML.
/// </summary>
public sealed class FilingRenderer
{
    public static readonly string[] TemplateNames = ["instance", "schema", "label", "presentation", "calculation"];

    private readonly Dictionary<string, Template> _templates;

    private FilingRenderer(Dictionary<string, Template> templates) => _templates = templates;

    /// <summary>Parses the templates once: the built-in ones, or the company's overrides.</summary>
    public static FilingRenderer? Create(string? overrideFolder, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var name in TemplateNames)
        {
            var file = name + ".sbn-xml";
            var overridePath = overrideFolder is null ? null : Path.Combine(overrideFolder, file);
            string text;
            string path;
            if (overridePath is not null && File.Exists(overridePath))
            {
                text = File.ReadAllText(overridePath);
                path = overridePath;
            }
            else
            {
                using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("XbrlGen.Templates." + file)
                    ?? throw new InvalidOperationException("missing built-in template " + file);
                using var reader = new StreamReader(stream);
                text = reader.ReadToEnd();
                path = file;
            }

            var template = Template.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), path);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Report(Codes.TemplateError, new SourceSpan(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), file, message.Message);
                }

                return null;
            }

            templates[name] = template;
        }

        return new FilingRenderer(templates);
    }

    public IReadOnlyList<RenderedDocument> Render(Filing filing, string sourceName)
    {
        var title = $"{filing.BaseName} ({filing.Prefix})";
        var usedNamespaces = filing.ConceptsUsed.Select(c => c.Name.Namespace).ToHashSet(StringComparer.Ordinal);
        var imports = filing.ImportedSchemas.Where(s => usedNamespaces.Contains(s.Namespace))
            .Select(s => new { prefix = s.Prefix, @namespace = s.Namespace, location = s.Url }).ToList();
        var common = new { title = InComment(title), source = InComment(sourceName) };
        return
        [
            new(filing.InstanceFile, Run("instance", common, InstanceModel(filing))),
            new(filing.SchemaFile, Run("schema", common, SchemaModel(filing, imports))),
            new(filing.LabelFile, Run("label", common, LabelModel(filing))),
            new(filing.PresentationFile, Run("presentation", common, LinkModel(filing, calculation: false))),
            new(filing.CalculationFile, Run("calculation", common, LinkModel(filing, calculation: true))),
        ];
    }

    private string Run(string name, object common, object model)
    {
        var globals = new ScriptObject();
        globals.Import(common);
        globals.Import(model);
        globals.Import("x", new Func<object?, string>(Escape));
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 0,
            NewLine = "\n",
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushGlobal(globals);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        context.PushOutput(new TextWriterOutput(writer));
        _templates[name].Render(context);
        return writer.ToString();
    }

    /// <summary>Text the templates print inside an XML comment, which may not contain "--" (a file name may).</summary>
    private static string InComment(string text)
    {
        while (text.Contains("--", StringComparison.Ordinal))
        {
            text = text.Replace("--", "- -", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>XML-escapes text for element content and attribute values alike.</summary>
    public static string Escape(object? value) => value switch
    {
        null => string.Empty,
        string s => SecurityElement.Escape(s),
        IFormattable f => SecurityElement.Escape(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => SecurityElement.Escape(value.ToString() ?? string.Empty),
    };

    private static object InstanceModel(Filing filing)
    {
        var namespaces = filing.ConceptsUsed.Select(c => (c.Name.Prefix, c.Name.Namespace))
            .Concat(filing.Units.SelectMany(u => u.Numerator.Concat(u.Denominator)).Select(m => (m.Prefix, m.Namespace)))
            .Where(p => p.Prefix is not ("xbrli" or "iso4217"))
            .Distinct().OrderBy(p => p.Prefix, StringComparer.Ordinal)
            .Select(p => new { prefix = p.Prefix, uri = p.Namespace }).ToList();
        return new
        {
            schema_file = filing.SchemaFile,
            namespaces,
            contexts = filing.Contexts.Select(c => new
            {
                id = c.Id,
                scheme = c.Scheme,
                identifier = c.Identifier,
                instant = c.Period is InstantPeriod i ? Period.Iso(i.Date) : null,
                start = c.Period is DurationPeriod d ? Period.Iso(d.Start) : null,
                end = c.Period is DurationPeriod e ? Period.Iso(e.EndDate) : null,
            }).ToList(),
            units = filing.Units.Select(u => new
            {
                id = u.Id,
                is_divide = u.IsDivide,
                numerator = u.Numerator.Select(m => m.Prefixed).ToList(),
                denominator = u.Denominator.Select(m => m.Prefixed).ToList(),
            }).ToList(),
            facts = filing.Facts.Select(f => new
            {
                name = f.Concept.Name.Prefixed,
                context = f.Context.Id,
                unit = f.Unit?.Id,
                decimals = f.Decimals?.ToString(CultureInfo.InvariantCulture),
                value = f.Lexical,
            }).ToList(),
        };
    }

    private static object SchemaModel(Filing filing, object imports) => new
    {
        prefix = filing.Prefix,
        @namespace = filing.Namespace,
        imports,
        linkbases = new[]
        {
            new { href = filing.LabelFile, role = "http://www.xbrl.org/2003/role/labelLinkbaseRef" },
            new { href = filing.PresentationFile, role = "http://www.xbrl.org/2003/role/presentationLinkbaseRef" },
            new { href = filing.CalculationFile, role = "http://www.xbrl.org/2003/role/calculationLinkbaseRef" },
        },
        roles = filing.Roles.Select(r => new { id = r.Id, uri = r.Uri, definition = r.Definition }).ToList(),
        types = filing.ExtensionConcepts.Select(c => c.ItemType).Where(t => t.StartsWith(filing.Prefix + ":", StringComparison.Ordinal))
            .Select(ItemTypes.Local).Distinct().Order(StringComparer.Ordinal).ToList(),
        concepts = filing.ExtensionConcepts.OrderBy(c => c.Name.LocalName, StringComparer.Ordinal).Select(c => new
        {
            id = c.Id,
            name = c.Name.LocalName,
            type = c.ItemType,
            period_type = c.PeriodType == PeriodType.Instant ? "instant" : "duration",
            balance = c.Balance switch { Balance.Debit => "debit", Balance.Credit => "credit", _ => null },
            @abstract = c.IsAbstract,
        }).ToList(),
    };

    private static string Href(Filing filing, Concept concept) =>
        (concept.IsExtension ? filing.SchemaFile : filing.ImportedSchemas.First(s => s.Namespace == concept.Name.Namespace).Url) + "#" + concept.Id;

    private static object LabelModel(Filing filing)
    {
        var roleRefs = filing.Labels.Select(l => l.Role).Where(r => r.StartsWith("http://www.xbrl.org/2009/role/", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal)
            .Select(r => new { uri = r, href = "http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd#" + r[(r.LastIndexOf('/') + 1)..] }).ToList();
        var concepts = filing.Labels.GroupBy(l => l.Concept).Select(g => new
        {
            id = g.Key.Id,
            href = Href(filing, g.Key),
            labels = g.Select(l => new { role = l.Role, lang = l.Language, text = l.Text, key = l.Role[(l.Role.LastIndexOf('/') + 1)..] + "_" + l.Language }).ToList(),
        }).ToList();
        return new { role_refs = roleRefs, concepts };
    }

    private static object LinkModel(Filing filing, bool calculation)
    {
        var roles = filing.Roles
            .Select(r => (role: r, rels: calculation ? r.Calculation : r.Presentation))
            .Where(x => x.rels.Count > 0)
            .Select(x =>
            {
                var (locators, arcs) = Arcs(filing, x.rels, calculation);
                return new { uri = x.role.Uri, href = filing.SchemaFile + "#" + x.role.Id, locators, arcs };
            }).ToList();
        return new { roles };
    }

    /// <summary>
    /// Locators and arcs of one extended link. XLink forbids two arcs with the same from and to labels in one link, so a
    /// concept shown twice under one parent (cash at the start and at the end of the period) gets a second locator.
    /// </summary>
    private static (List<object> Locators, List<object> Arcs) Arcs(Filing filing, IReadOnlyList<Relationship> rels, bool calculation)
    {
        var locators = new List<object>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        string Locator(Concept concept, string label)
        {
            if (labels.Add(label))
            {
                locators.Add(new { id = label, href = Href(filing, concept) });
            }

            return label;
        }

        var pairs = new HashSet<(string, string)>();
        var arcs = new List<object>();
        foreach (var rel in rels)
        {
            var from = Locator(rel.Parent, rel.Parent.Id);
            var to = rel.Child.Id;
            for (var n = 2; !pairs.Add((from, to)); n++)
            {
                to = rel.Child.Id + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            arcs.Add(new
            {
                from,
                to = Locator(rel.Child, to),
                order = rel.Order.ToString(CultureInfo.InvariantCulture),
                weight = rel.Weight.ToString("0.0", CultureInfo.InvariantCulture),
                preferred_label = calculation || rel.PreferredLabel == FilingBuilder.LabelRole ? null : rel.PreferredLabel,
            });
        }

        return (locators, arcs);
    }
}
