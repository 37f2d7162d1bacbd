using System.Globalization;
using System.Security;
using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Validation.Instances;

namespace XbrlGen.Rendering;

/// <summary>
/// A generated document: its file name, and how to render it. Rendering streams to a writer, so no document is ever
/// held whole in memory; <see cref="Text"/> renders it to a string for small documents and tests.
/// </summary>
public sealed class RenderedDocument(string fileName, Action<TextWriter> render)
{
    private const int BufferSize = 64 * 1024;

    public string FileName { get; } = fileName;

    /// <summary>The whole document as a string (renders it again on each call).</summary>
    public string Text
    {
        get
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            WriteTo(writer);
            return writer.ToString();
        }
    }

    /// <summary>Renders the document to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer) => render(writer);

    /// <summary>Renders the document to a file, as UTF-8 without a byte order mark.</summary>
    public void WriteFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), BufferSize) { NewLine = "\n" };
        WriteTo(writer);
    }
}

/// <summary>
/// Renders a filing's five documents through Scriban templates. The templates ship inside the library; a company can
/// override any of them with a file of the same name in <c>templates/</c> of its mapping folder. Every text value
/// goes through the template function <c>x</c>, which escapes it for XML.
/// </summary>
public sealed class FilingRenderer
{
    public static readonly string[] TemplateNames = ["instance", "schema", "label", "presentation", "calculation", "definition", "inline", "review"];

    /// <summary>A template's file name: the filing's documents are XML, the review page HTML.</summary>
    public static string TemplateFile(string name) => name + (name == "review" ? ".sbn-html" : ".sbn-xml");

    private readonly Dictionary<string, Template> _templates;

    private FilingRenderer(Dictionary<string, Template> templates) => _templates = templates;

    /// <summary>Parses the templates once: the built-in ones, or the company's overrides.</summary>
    public static FilingRenderer? Create(string? overrideFolder, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var name in TemplateNames)
        {
            var file = TemplateFile(name);
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
                using var stream = typeof(FilingRenderer).Assembly.GetManifestResourceStream("XbrlGen.Templates." + file)
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
        var title = InComment($"{filing.BaseName} ({filing.Prefix})");
        var source = InComment(sourceName);
        var usedNamespaces = filing.ConceptsUsed.Select(c => c.Name.Namespace).ToHashSet(StringComparer.Ordinal);
        var imports = filing.ImportedSchemas.Where(s => usedNamespaces.Contains(s.Namespace))
            .Select(s => ImportShape.Of(s.Prefix, s.Namespace, s.Url)).ToList();
        return
        [
            new(filing.InstanceFile, w => Run(w, "instance", title, source, InstanceModel(filing))),
            new(filing.SchemaFile, w => Run(w, "schema", title, source, SchemaModel(filing, imports))),
            new(filing.LabelFile, w => Run(w, "label", title, source, LabelModel(filing))),
            new(filing.PresentationFile, w => Run(w, "presentation", title, source, LinkModel(filing, calculation: false))),
            new(filing.CalculationFile, w => Run(w, "calculation", title, source, LinkModel(filing, calculation: true))),
            new(filing.DefinitionFile, w => Run(w, "definition", title, source, DefinitionModel(filing))),
            .. InlinePages(filing, title, source),
            new(filing.JsonFile, w => JsonReport.Write(filing, w)),
        ];
    }

    /// <summary>The Inline XBRL pages, one per language, primary language first: one document set.</summary>
    private IEnumerable<RenderedDocument> InlinePages(Filing filing, string title, string source)
    {
        if (filing.Layout.Tables.Count == 0)
        {
            yield break; // a filing built without its printed layout has no pages to show
        }

        var plan = InlinePlan.Create(filing);
        foreach (var page in plan.Pages)
        {
            yield return new(filing.InlineFile(page.Language), w => Run(w, "inline", title, source, InlineModel.Page(plan, page)));
        }
    }

    /// <summary>The review page for a filing team (<c>&lt;name&gt;-review.html</c>): the release's tables with each figure linked to its fact, the findings, coverage.</summary>
    public RenderedDocument RenderReview(Review.ReviewReport review, string fileName, string sourceName) =>
        new(fileName, w => Run(w, "review", fileName, sourceName, ReviewPage.Model(review)));

    /// <summary>
    /// Renders one template straight to the writer: its output is never built up as one string. The model's members,
    /// <c>title</c>, <c>source</c> and the function <c>x</c> are the template's globals.
    /// </summary>
    private void Run(TextWriter writer, string name, string title, string source, ScriptObject model)
    {
        model.SetValue("title", title, readOnly: true);
        model.SetValue("source", source, readOnly: true);
        model.SetValue("x", EscapeFunction.Instance, readOnly: true);
        var context = new ModelTemplateContext
        {
            StrictVariables = true,
            LoopLimit = 0,
            // Scriban caps the whole rendered output at 1M characters by default and silently cuts it there with
            // "..."; a filing's instance or label linkbase passes that at about 10k facts. No cap: output streams.
            LimitToString = 0,
            NewLine = "\n",
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushGlobal(model);
        context.PushOutput(new TextWriterOutput(writer));
        _templates[name].Render(context);
        writer.Flush();
    }

    /// <summary>
    /// The template function <c>x</c>: <see cref="Escape"/> called directly. Imported as a delegate, Scriban would
    /// invoke it by reflection with an argument array on every call, three times per fact.
    /// </summary>
    private sealed class EscapeFunction : IScriptCustomFunction
    {
        public static readonly EscapeFunction Instance = new();

        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(string);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            Escape(arguments[0]);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
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

    // The shapes of the templates' model objects (member names as the templates spell them).
    private static readonly ModelShape ImportShape = new("prefix", "namespace", "location");
    private static readonly ModelShape FactShape = new("name", "context", "unit", "decimals", "value");
    private static readonly ModelShape NamespaceShape = new("prefix", "uri");
    private static readonly ModelShape ContextShape = new("id", "scheme", "identifier", "instant", "start", "end", "members");
    private static readonly ModelShape MemberShape = new("dimension", "member");
    private static readonly ModelShape UnitShape = new("id", "is_divide", "numerator", "denominator");
    private static readonly ModelShape LinkbaseShape = new("href", "role");
    private static readonly ModelShape RoleShape = new("id", "uri", "definition");
    private static readonly ModelShape ConceptShape = new("id", "name", "type", "period_type", "balance", "abstract");
    private static readonly ModelShape RoleRefShape = new("uri", "href");
    private static readonly ModelShape LabelledConceptShape = new("id", "href", "labels");
    private static readonly ModelShape LabelShape = new("role", "lang", "text", "key");
    private static readonly ModelShape LinkShape = new("uri", "href", "locators", "arcs");
    private static readonly ModelShape LocatorShape = new("id", "href");
    private static readonly ModelShape ArcShape = new("from", "to", "order", "weight", "preferred_label", "arcrole");

    /// <summary>The instance's model. Contexts and facts are enumerated lazily as the template loops over them, so their view models are never all held at once.</summary>
    private static ScriptObject InstanceModel(Filing filing)
    {
        var names = new Dictionary<Concept, string>(); // a few hundred concepts and decimals values for any number of facts
        var decimals = new Dictionary<Decimals, string>();
        return new ScriptObject
        {
            ["schema_file"] = filing.SchemaFile,
            ["namespaces"] = Namespaces(filing),
            ["dimensional"] = filing.Contexts.Any(c => c.Members.Count > 0),
            ["contexts"] = Contexts(filing),
            ["units"] = Units(filing),
            ["facts"] = filing.Facts.Select(f => FactShape.Of(
                GetOrAdd(names, f.Concept, c => c.Name.Prefixed),
                f.Context.Id,
                f.Unit?.Id,
                f.Decimals is { } d ? GetOrAdd(decimals, d, n => n.ToString()) : null,
                f.Lexical)),
        };
    }

    /// <summary>The prefixes and namespaces the facts' concepts and the units' measures need, beyond xbrli and iso4217.</summary>
    internal static List<ModelRow> Namespaces(Filing filing) =>
        filing.ConceptsUsed.Select(c => (c.Name.Prefix, c.Name.Namespace))
            .Concat(filing.Units.SelectMany(u => u.Numerator.Concat(u.Denominator)).Select(m => (m.Prefix, m.Namespace)))
            .Concat(filing.Contexts.SelectMany(c => c.Members).SelectMany(m => new[] { m.Axis.Name, m.Member.Name }).Select(n => (n.Prefix, n.Namespace)))
            .Where(p => p.Prefix is not ("xbrli" or "iso4217"))
            .Distinct().OrderBy(p => p.Prefix, StringComparer.Ordinal)
            .Select(p => NamespaceShape.Of(p.Prefix, p.Namespace)).ToList();

    /// <summary>The contexts' view models, shared by the instance and the Inline XBRL pages' <c>ix:resources</c>.</summary>
    internal static IEnumerable<ModelRow> Contexts(Filing filing) => filing.Contexts.Select(c => ContextShape.Of(
        c.Id,
        c.Scheme,
        c.Identifier,
        c.Period is InstantPeriod i ? Period.Iso(i.Date) : null,
        c.Period is DurationPeriod d ? Period.Iso(d.Start) : null,
        c.Period is DurationPeriod e ? Period.Iso(e.EndDate) : null,
        // Explicit dimension members of the segment ({ dimension, member }, prefixed QNames).
        c.Members.Select(m => MemberShape.Of(m.Axis.Name.Prefixed, m.Member.Name.Prefixed)).ToList()));

    /// <summary>The units' view models, shared by the instance and the Inline XBRL pages.</summary>
    internal static List<ModelRow> Units(Filing filing) => filing.Units.Select(u => UnitShape.Of(
        u.Id,
        u.IsDivide,
        u.Numerator.Select(m => m.Prefixed).ToList(),
        u.Denominator.Select(m => m.Prefixed).ToList())).ToList();

    private static ScriptObject SchemaModel(Filing filing, List<ModelRow> imports) => new()
    {
        ["prefix"] = filing.Prefix,
        ["namespace"] = filing.Namespace,
        ["imports"] = imports,
        ["linkbases"] = new List<ModelRow>
        {
            LinkbaseShape.Of(filing.LabelFile, "http://www.xbrl.org/2003/role/labelLinkbaseRef"),
            LinkbaseShape.Of(filing.PresentationFile, "http://www.xbrl.org/2003/role/presentationLinkbaseRef"),
            LinkbaseShape.Of(filing.CalculationFile, "http://www.xbrl.org/2003/role/calculationLinkbaseRef"),
            LinkbaseShape.Of(filing.DefinitionFile, "http://www.xbrl.org/2003/role/definitionLinkbaseRef"),
        },
        ["roles"] = filing.Roles.Select(r => RoleShape.Of(r.Id, r.Uri, r.Definition)).ToList(),
        ["types"] = filing.ExtensionConcepts.Select(c => c.ItemType).Where(t => t.StartsWith(filing.Prefix + ":", StringComparison.Ordinal))
            .Select(ItemTypes.Local).Distinct().Order(StringComparer.Ordinal).ToList(),
        ["concepts"] = filing.ExtensionConcepts.OrderBy(c => c.Name.LocalName, StringComparer.Ordinal).Select(c => ConceptShape.Of(
            c.Id,
            c.Name.LocalName,
            c.ItemType,
            c.PeriodType == PeriodType.Instant ? "instant" : "duration",
            c.Balance switch { Balance.Debit => "debit", Balance.Credit => "credit", _ => null },
            c.IsAbstract)).ToList(),
    };

    private static string Href(Filing filing, Concept concept) =>
        (concept.IsExtension ? filing.SchemaFile : filing.ImportedSchemas.First(s => s.Namespace == concept.Name.Namespace).Url) + "#" + concept.Id;

    private static ScriptObject LabelModel(Filing filing)
    {
        var roleRefs = filing.Labels.Select(l => l.Role).Where(r => r.InRegistry()).Distinct().OrderBy(r => r.Uri(), StringComparer.Ordinal)
            .Select(r => RoleRefShape.Of(r.Uri(), "http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd#" + r.LocalName())).ToList();
        var concepts = filing.Labels.GroupBy(l => l.Concept).Select(g => LabelledConceptShape.Of(
            g.Key.Id,
            Href(filing, g.Key),
            g.Select(l => LabelShape.Of(l.Role.Uri(), l.Language, l.Text, l.Role.LocalName() + "_" + l.Language)).ToList())).ToList();
        return new ScriptObject { ["role_refs"] = roleRefs, ["concepts"] = concepts };
    }

    private static ScriptObject LinkModel(Filing filing, bool calculation)
    {
        var roles = filing.Roles
            .Select(r => (role: r, rels: calculation ? r.Calculation.Where(c => c.Bindable).ToList() : r.Presentation))
            .Where(x => x.rels.Count > 0)
            .Select(x =>
            {
                var (locators, arcs) = Arcs(filing, x.rels, calculation);
                return LinkShape.Of(x.role.Uri, filing.SchemaFile + "#" + x.role.Id, locators, arcs);
            }).ToList();
        return new ScriptObject { ["roles"] = roles };
    }

    /// <summary>The definition linkbase: each role's dimensional relationships, and an arcroleRef per XDT arcrole used.</summary>
    private static ScriptObject DefinitionModel(Filing filing)
    {
        static string Arcrole(DimensionArcrole a) => a switch
        {
            DimensionArcrole.All => "all",
            DimensionArcrole.HypercubeDimension => "hypercube-dimension",
            DimensionArcrole.DimensionDomain => "dimension-domain",
            DimensionArcrole.DomainMember => "domain-member",
            _ => "dimension-default",
        };

        var roles = filing.Roles.Where(r => r.Dimensions.Count > 0).Select(r =>
        {
            // XLink allows one arc per from and to label in a link: the default arc (same ends as dimension-domain) gets a second locator.
            var (locators, arcs) = Arcs(filing, r.Dimensions.Select(d => new Relationship(d.From, d.To, d.Order)).ToList(), calculation: true, r.Dimensions.Select(d => Arcrole(d.Arcrole)).ToList());
            return LinkShape.Of(r.Uri, filing.SchemaFile + "#" + r.Id, locators, arcs);
        }).ToList();
        var arcroles = filing.Roles.SelectMany(r => r.Dimensions).Select(d => Arcrole(d.Arcrole)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ScriptObject { ["roles"] = roles, ["arcroles"] = arcroles };
    }

    /// <summary>
    /// Locators and arcs of one extended link. XLink forbids two arcs with the same from and to labels in one link, so a
    /// concept shown twice under one parent (cash at the start and at the end of the period) gets a second locator.
    /// Arcs have from, to, order, weight, preferred_label and, for the definition linkbase, the arcrole of each relationship.
    /// </summary>
    private static (List<ModelRow> Locators, List<ModelRow> Arcs) Arcs(Filing filing, IReadOnlyList<Relationship> rels, bool calculation, IReadOnlyList<string>? arcroles = null)
    {
        var locators = new List<ModelRow>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        string Locator(Concept concept, string label)
        {
            if (labels.Add(label))
            {
                locators.Add(LocatorShape.Of(label, Href(filing, concept)));
            }

            return label;
        }

        var pairs = new HashSet<(string, string)>();
        var arcs = new List<ModelRow>();
        for (var i = 0; i < rels.Count; i++)
        {
            var rel = rels[i];
            var from = Locator(rel.Parent, rel.Parent.Id);
            var to = rel.Child.Id;
            for (var n = 2; !pairs.Add((from, to)); n++)
            {
                to = rel.Child.Id + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            arcs.Add(ArcShape.Of(
                from,
                Locator(rel.Child, to),
                rel.Order.ToString(CultureInfo.InvariantCulture),
                rel.Weight.ToString("0.0", CultureInfo.InvariantCulture),
                calculation || rel.PreferredLabel == LabelRole.Label ? null : rel.PreferredLabel?.Uri(),
                arcroles?[i]));
        }

        return (locators, arcs);
    }

    private static TValue GetOrAdd<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> make)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var value))
        {
            cache[key] = value = make(key);
        }

        return value;
    }
}
