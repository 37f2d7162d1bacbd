using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using System.Xml.Linq;
using System.Xml;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Inline.Transformations;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Inline;

/// <summary>
/// One document of an Inline XBRL document set: the name diagnostics use (a path, or a package entry's path) and how
/// to open it. Relative references (the schemaRef) resolve against <see cref="Folder"/>, by default the name's folder.
/// </summary>
public sealed record InlineDocument(string Name, Func<Stream> Open)
{
    public string Folder { get; init; } = Path.GetDirectoryName(Path.GetFullPath(Name)) ?? ".";

    /// <summary>A page on disk.</summary>
    public static InlineDocument FromFile(string path) => From(DocumentSource.File(path));

    /// <summary>A page from wherever its bytes are: a file, a package entry, or memory.</summary>
    public static InlineDocument From(DocumentSource source) => new(source.Path, () => InlineSource.Open(source));
}

/// <summary>
/// The target document an Inline XBRL document set stands for: an xBRL-XML instance, and for each of its top-level
/// elements (schemaRef, context, unit, fact) the place in the pages it came from.
/// </summary>
public sealed record InlineTarget(XDocument Instance, IReadOnlyList<SourceSpan> Sources, IReadOnlyList<string> Folders);

/// <summary>
/// Reads an Inline XBRL 1.1 document set (one or more XHTML pages, from files or streams) into its target document:
/// the schemaRef from <c>ix:references</c>, contexts and units from <c>ix:resources</c>, and every fact, shown or in
/// <c>ix:hidden</c>, with its transformation (Transformation Registry 3, 4 and 5 numbers and fixed values), scale and
/// sign applied, continuations joined and exclusions left out. It checks the rules of the specification a filing can
/// break on the way; the XBRL 2.1 rules are the instance validator's, run on the target document.
/// Only the default target document is built; tuples and fractions are reported as unsupported.
/// </summary>
public static partial class InlineXbrlReader
{
    public static readonly XNamespace Ix = "http://www.xbrl.org/2013/inlineXBRL";

    /// <summary>Inline XBRL 1.0's namespace: a page in it is read and validated by 1.0's schema, its errors coded ix10.</summary>
    public static readonly XNamespace Ix10 = "http://www.xbrl.org/2008/inlineXBRL";

    /// <summary>Whether a page is Inline XBRL 1.0 (it uses the 2008 namespace and not 1.1's).</summary>
    public static bool IsInline10(XDocument xml) =>
        xml.Descendants().Any(e => e.Name.Namespace == Ix10) && !xml.Descendants().Any(e => e.Name.Namespace == Ix);
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Xbrli = Taxonomy.Xbrli;
    private static readonly XNamespace Link = Dts.Link;
    private static readonly XNamespace XLink = Dts.XLink;
    private static readonly XNamespace Xsi = XbrlNamespaces.Xsi;

    public static InlineTarget? Read(IReadOnlyList<string> paths, DiagnosticBag diagnostics, TaxonomyCatalog? catalog = null, ValidationCaches? caches = null) =>
        Read(paths.Select(InlineDocument.FromFile).ToList(), diagnostics, catalog, caches);

    /// <summary>
    /// Reads a document set. With a <paramref name="catalog"/>, each page is also validated against the Inline XBRL 1.1
    /// schema (XHTML and the ix elements), which the catalog resolves offline, compiled once per
    /// <paramref name="caches"/> (or for this read, without).
    /// </summary>
    public static InlineTarget? Read(IReadOnlyList<InlineDocument> documents, DiagnosticBag diagnostics, TaxonomyCatalog? catalog = null, ValidationCaches? caches = null)
    {
        caches ??= catalog is null ? null : new ValidationCaches();
        var schemas = catalog is null ? null : InlineSchema.For(catalog, caches!);
        if (catalog is not null && schemas is null)
        {
            diagnostics.Report(Codes.XmlRefUnresolved, SourceSpan.ForFile(InlineSchema.Url), InlineSchema.Url, "the Inline XBRL schema is not in the taxonomy folder or does not compile");
            return null;
        }

        var pages = new List<(InlineDocument Source, XDocument Xml)>();
        foreach (var document in documents)
        {
            var xml = SafeXml.Load(document.Name, document.Open, diagnostics);
            if (xml?.Root is null)
            {
                continue;
            }

            if (xml.Root.Name != Xhtml + "html")
            {
                diagnostics.Report(Codes.InlineNotXhtml, SafeXml.Span(document.Name, xml.Root), xml.Root.Name.LocalName);
                continue;
            }

            if (catalog is not null && IsInline10(xml))
            {
                if (InlineSchema.For(catalog, caches!, InlineSchema.Url10) is { } schemas10)
                {
                    InlineSchema.Validate(document, schemas10, diagnostics);
                }
                else
                {
                    diagnostics.Report(Codes.XmlRefUnresolved, SourceSpan.ForFile(InlineSchema.Url10), InlineSchema.Url10, "the Inline XBRL 1.0 schema is not in the taxonomy folder or does not compile");
                }
            }
            else if (schemas is not null)
            {
                InlineSchema.Validate(document, schemas, diagnostics);
            }

            pages.Add((document, xml));
        }

        if (pages.Count != documents.Count)
        {
            return null;
        }

        if (pages.All(p => IsInline10(p.Xml)))
        {
            // Inline XBRL 1.0: the same reading in its namespace, its errors coded ix10 (as Arelle names them).
            var bag = new DiagnosticBag();
            var target = new SetReader(pages, bag, Ix10).Build();
            foreach (var d in bag.Items)
            {
                diagnostics.Add(d.Code.StartsWith("ix11", StringComparison.Ordinal) ? d with { Code = "ix10" + d.Code[4..] } : d);
            }

            return target;
        }

        var set = new SetReader(pages, diagnostics, Ix);
        return set.Build();
    }

    /// <summary>Builds one target document from the pages of a set.</summary>
    private sealed class SetReader(List<(InlineDocument Source, XDocument Xml)> pages, DiagnosticBag diagnostics, XNamespace ix)
    {
        private readonly Dictionary<string, string> _namespaces = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (XElement Element, string File)> _continuations = new(StringComparer.Ordinal);
        private readonly HashSet<string> _usedContinuations = new(StringComparer.Ordinal);
        private readonly List<(XElement Element, SourceSpan Span)> _children = [];
        private readonly int _errorsBefore = diagnostics.ErrorCount;

        public InlineTarget? Build()
        {
            foreach (var (source, xml) in pages)
            {
                foreach (var ns in xml.Root!.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns))
                {
                    Declare(ns.Name.LocalName, ns.Value, SafeXml.Span(source.Name, ns.Parent!));
                }

                foreach (var c in xml.Descendants(ix + "continuation"))
                {
                    if ((string?)c.Attribute("id") is { } id)
                    {
                        _continuations.TryAdd(id, (c, source.Name));
                    }
                }
            }

            var headers = pages.SelectMany(p => p.Xml.Descendants(ix + "header").Select(h => (p.Source, Header: h))).ToList();
            var first = pages[0].Source.Name;
            if (headers.Count == 0)
            {
                diagnostics.Report(Codes.InlineMissingHeader, SourceSpan.ForFile(first));
                return null;
            }

            // ix:references: the schemaRef and linkbaseRefs, their hrefs made absolute, since the target document is
            // validated away from the pages.
            foreach (var (source, header) in headers)
            {
                foreach (var references in header.Elements(ix + "references"))
                {
                    if (OtherTarget(references, source.Name))
                    {
                        continue;
                    }

                    foreach (var ns in references.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns))
                    {
                        Declare(ns.Name.LocalName, ns.Value, SafeXml.Span(source.Name, references));
                    }

                    foreach (var reference in references.Elements())
                    {
                        var copy = new XElement(reference);
                        if (copy.Attribute(XLink + "href") is { } href && Uri.TryCreate(href.Value, UriKind.RelativeOrAbsolute, out var uri) && !uri.IsAbsoluteUri)
                        {
                            href.Value = new Uri(new Uri(source.Folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar), href.Value).AbsoluteUri;
                        }

                        // A second page naming the same schema adds nothing to the target document.
                        if (!_children.Any(c => c.Element.Name == copy.Name && (string?)c.Element.Attribute(XLink + "href") == (string?)copy.Attribute(XLink + "href")))
                        {
                            _children.Add((copy, SafeXml.Span(source.Name, reference)));
                        }
                    }
                }
            }

            if (!_children.Any(c => c.Element.Name == Link + "schemaRef"))
            {
                diagnostics.Report(Codes.InlineMissingReferences, SafeXml.Span(headers[0].Source.Name, headers[0].Header));
            }

            var resources = headers.SelectMany(h => h.Header.Elements(ix + "resources").Select(r => (h.Source, Resources: r))).ToList();
            if (resources.Count == 0)
            {
                diagnostics.Report(Codes.InlineMissingResources, SafeXml.Span(headers[0].Source.Name, headers[0].Header));
            }

            var ids = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            foreach (var (source, r) in resources)
            {
                if (OtherTarget(r, source.Name))
                {
                    continue;
                }

                foreach (var resource in r.Elements())
                {
                    var span = SafeXml.Span(source.Name, resource);
                    if ((string?)resource.Attribute("id") is { } id && !ids.TryAdd(id, span))
                    {
                        diagnostics.Report(Codes.InlineResourceIdDuplication, span, [ids[id]], id);
                        continue;
                    }

                    var copy = new XElement(resource);
                    copy.DescendantNodes().OfType<XText>().Where(t => string.IsNullOrWhiteSpace(t.Value)).ToList().ForEach(t => t.Remove());
                    _children.Add((copy, span));
                }
            }

            // Facts in document order, page by page: the hidden ones where their ix:header stands.
            foreach (var (source, xml) in pages)
            {
                foreach (var element in xml.Descendants().Where(e => e.Name.Namespace == ix))
                {
                    switch (element.Name.LocalName)
                    {
                        case "nonFraction": // nested ones too: each is a fact, with the same content
                        case "nonNumeric":
                            if (Fact(element, source.Name) is { } fact)
                            {
                                _children.Add((fact, SafeXml.Span(source.Name, element)));
                            }

                            break;
                        case "exclude" when !element.Ancestors().Any(a => a.Name == ix + "nonNumeric" || a.Name == ix + "continuation" || a.Name == ix + "footnote"):
                            diagnostics.Report(Codes.InlineExcludeMisplaced, SafeXml.Span(source.Name, element));
                            break;
                        case "tuple" or "fraction":
                            diagnostics.Report(Codes.InlineUnsupported, SafeXml.Span(source.Name, element), "ix:" + element.Name.LocalName);
                            break;
                    }
                }
            }

            foreach (var (id, (element, file)) in _continuations)
            {
                if (!_usedContinuations.Contains(id))
                {
                    diagnostics.Report(Codes.InlineContinuationUnused, SafeXml.Span(file, element), id);
                }
            }

            if (diagnostics.ErrorCount > _errorsBefore)
            {
                return null;
            }

            var root = new XElement(Xbrli + "xbrl");
            foreach (var (prefix, uri) in _namespaces.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                root.Add(new XAttribute(XNamespace.Xmlns + prefix, uri));
            }

            root.Add(_children.Select(c => c.Element));
            var folders = pages.Select(p => p.Source.Folder).Distinct(StringComparer.Ordinal).ToList();
            return new InlineTarget(new XDocument(root), _children.Select(c => c.Span).ToList(), folders);
        }

        /// <summary>The prefixes the target document declares: those of the pages' roots and ix:references, except XHTML's and Inline XBRL's own.</summary>
        private void Declare(string prefix, string uri, SourceSpan span)
        {
            if (uri == Ix.NamespaceName || uri == Ix10.NamespaceName || uri == Xhtml.NamespaceName || TransformationRegistries.IsRegistry(uri) || prefix == "xml")
            {
                return;
            }

            if (_namespaces.TryGetValue(prefix, out var known) && known != uri)
            {
                diagnostics.Report(Codes.InlinePrefixConflict, span, prefix, uri, known);
                return;
            }

            _namespaces[prefix] = uri;
        }

        private bool OtherTarget(XElement element, string file)
        {
            if ((string?)element.Attribute("target") is { Length: > 0 } target)
            {
                diagnostics.Report(Codes.InlineOtherTarget, SafeXml.Span(file, element), "ix:" + element.Name.LocalName, target);
                return true;
            }

            return false;
        }

        /// <summary>The target document's element for an ix:nonFraction or ix:nonNumeric, or null when it is in error.</summary>
        private XElement? Fact(XElement element, string file)
        {
            var span = SafeXml.Span(file, element);
            if (OtherTarget(element, file))
            {
                return null;
            }

            var nameText = (string?)element.Attribute("name") ?? string.Empty;
            var name = Resolve(element, nameText);
            if (name is null)
            {
                diagnostics.Report(Codes.InlineUnknownPrefix, span, "ix:" + element.Name.LocalName + " name", nameText);
                return null;
            }

            if (element.Ancestors(ix + "header").Any() && !element.Ancestors(ix + "hidden").Any())
            {
                diagnostics.Report(Codes.InlineFactMisplaced, span, "ix:" + element.Name.LocalName, nameText);
                return null;
            }

            var fact = new XElement(name);
            foreach (var attribute in element.Attributes())
            {
                if (attribute.Name.LocalName is "contextRef" or "unitRef" or "decimals" or "precision" or "id" && attribute.Name.Namespace == XNamespace.None)
                {
                    fact.Add(new XAttribute(attribute.Name, attribute.Value));
                }
                else if (attribute.Name == Xsi + "nil")
                {
                    fact.Add(new XAttribute(attribute.Name, attribute.Value));
                }
            }

            var nil = (string?)element.Attribute(Xsi + "nil") is "true" or "1";
            if (nil)
            {
                return fact;
            }

            string? value = element.Name.LocalName == "nonFraction" ? NumberValue(element, nameText, span) : TextValue(element, nameText, span);
            if (value is null)
            {
                return null;
            }

            fact.Add(value);
            return fact;
        }

        private string? NumberValue(XElement element, string nameText, SourceSpan span)
        {
            var children = element.Elements().ToList();
            if (children.Count > 1 || (children.Count == 1 && (children[0].Name != ix + "nonFraction" || element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))))
            {
                diagnostics.Report(Codes.InlineNonFractionChildren, span, nameText);
                return null;
            }

            var text = string.Concat(element.DescendantNodes().OfType<XText>().Select(t => t.Value));
            var shown = text.Trim();
            var format = (string?)element.Attribute("format");
            string? number;
            if (format is null)
            {
                number = shown;
            }
            else
            {
                var transformation = Transformation(element, format, nameText, span);
                if (transformation is null)
                {
                    return null;
                }

                number = transformation.Value.Registry.Apply(transformation.Value.Name, text);
                if (number is null)
                {
                    diagnostics.Report(Codes.InlineTransformValue, span, nameText, shown, format);
                    return null;
                }
            }

            var scaleText = (string?)element.Attribute("scale");
            var negative = (string?)element.Attribute("sign") == "-";
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                // Not a number: the target document carries it as shown, and schema validation of the target says why.
                return (negative ? "-" : string.Empty) + number;
            }

            if (scaleText is not null)
            {
                if (!int.TryParse(scaleText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var scale) || Math.Abs(scale) > 28)
                {
                    diagnostics.Report(Codes.InlineTransformValue, span, nameText, scaleText, "scale");
                    return null;
                }

                value = scale >= 0 ? value * Calculations.Pow10(scale) : value / Calculations.Pow10(-scale);
            }

            return (negative && value != 0 ? "-" : string.Empty) + value.ToString(CultureInfo.InvariantCulture);
        }

        private string? TextValue(XElement element, string nameText, SourceSpan span)
        {
            var escape = (string?)element.Attribute("escape") is "true" or "1";
            var text = new StringBuilder();
            Append(element, escape, text);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var next = (string?)element.Attribute("continuedAt");
            while (next is not null)
            {
                if (!seen.Add(next))
                {
                    diagnostics.Report(Codes.InlineContinuationCycle, span, next);
                    return null;
                }

                if (!_continuations.TryGetValue(next, out var continuation))
                {
                    diagnostics.Report(Codes.InlineContinuationMissing, span, next);
                    return null;
                }

                if (!_usedContinuations.Add(next))
                {
                    diagnostics.Report(Codes.InlineContinuationReuse, SafeXml.Span(continuation.File, continuation.Element), next);
                    return null;
                }

                Append(continuation.Element, escape, text);
                next = (string?)continuation.Element.Attribute("continuedAt");
            }

            if ((string?)element.Attribute("format") is { } format)
            {
                var transformation = Transformation(element, format, nameText, span);
                var value = transformation is null ? null : transformation.Value.Registry.Apply(transformation.Value.Name, text.ToString());
                if (transformation is not null && value is null)
                {
                    diagnostics.Report(Codes.InlineTransformValue, span, nameText, text.ToString().Trim(), format);
                }

                return value;
            }

            return text.ToString();
        }

        /// <summary>The content of a fact or continuation, without its ix:exclude parts: text, or escaped XHTML markup.</summary>
        private static void Append(XElement element, bool escape, StringBuilder text)
        {
            foreach (var node in element.Nodes())
            {
                switch (node)
                {
                    case XText t:
                        text.Append(escape ? EscapeText(t.Value) : t.Value);
                        break;
                    case XElement e when e.Name == Ix + "exclude" || e.Name == Ix10 + "exclude":
                        break;
                    case XElement e when e.Name.Namespace == Ix || e.Name.Namespace == Ix10:
                        Append(e, escape, text); // nested facts' text is part of this one's
                        break;
                    case XElement e when escape:
                        text.Append('<').Append(e.Name.LocalName);
                        foreach (var a in e.Attributes().Where(a => !a.IsNamespaceDeclaration))
                        {
                            text.Append(' ').Append(a.Name.LocalName).Append("=\"").Append(EscapeAttribute(a.Value)).Append('"');
                        }

                        if (e.IsEmpty)
                        {
                            text.Append("/>"); // as XML serializes an empty element (<br/>)
                            break;
                        }

                        text.Append('>');
                        Append(e, escape, text);
                        text.Append("</").Append(e.Name.LocalName).Append('>');
                        break;
                    case XElement e:
                        Append(e, escape, text);
                        break;
                }
            }
        }

        /// <summary>Text as XML serializes it: &amp;, &lt; and &gt; escaped, quotes as they are.</summary>
        private static string EscapeText(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

        /// <summary>An attribute value in double quotes as XML serializes it.</summary>
        private static string EscapeAttribute(string s) => EscapeText(s).Replace("\"", "&quot;", StringComparison.Ordinal);

        /// <summary>The registry and local name of a fact's format, or null (reported) when no registry defines it.</summary>
        private (TransformationRegistry Registry, string Name)? Transformation(XElement element, string format, string nameText, SourceSpan span)
        {
            var qname = Resolve(element, format);
            if (qname is null)
            {
                diagnostics.Report(Codes.InlineInvalidTransformation, span, nameText, format);
                return null;
            }

            if (TransformationRegistries.For(qname.NamespaceName) is not { } registry)
            {
                diagnostics.Report(Codes.InlineTransformationNoRegistry, span, nameText, format, qname.NamespaceName);
                return null;
            }

            if (!registry.Defines(qname.LocalName))
            {
                diagnostics.Report(Codes.InlineTransformationNotInRegistry, span, nameText, format, registry.Name, registry.Namespace);
                return null;
            }

            return (registry, qname.LocalName);
        }
    }

    private static XName? Resolve(XElement scope, string qname)
    {
        var colon = qname.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : qname[..colon];
        var local = qname[(colon + 1)..];
        var ns = colon < 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(prefix);
        if (ns is null || local.Length == 0)
        {
            return null;
        }

        try
        {
            return ns + XmlConvert.VerifyNCName(local);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
