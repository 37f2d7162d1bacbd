using System.Globalization;
using System.Text;
using System.Xml;

namespace XbrlGen.Benchmarks;

/// <summary>
/// A large taxonomy of real-world size, made up: one schema of <c>Groups x PerGroup</c> monetary concepts (plus one
/// abstract heading per group), an extended link role per group, a label linkbase with a standard label in English and
/// in Japanese for every concept, a presentation linkbase (each group's heading over its concepts) and a calculation
/// linkbase (each group's last concept the total of the others). It imports only the XBRL 2.1 schemas, by their
/// official URLs (read offline from the taxonomy folder). Loaded as a DTS, cold (first load in a new process) and warm
/// (JIT done, the compiled-DTS cache missed), against a bare <see cref="XmlReader"/> pass over its files.
/// </summary>
public sealed record SyntheticTaxonomy(string Name, int Groups, int PerGroup)
{
    public static readonly SyntheticTaxonomy Standard = new("10k", 100, 100);

    private const string Ns = "http://example.com/xbrl/synthetic";
    private const string RoleBase = "http://example.com/xbrl/synthetic/role/Group";

    public int Concepts => Groups * PerGroup;

    public string Folder => BenchPaths.Data("taxonomy-" + Name);

    public string Schema => Path.Combine(Folder, "syn-2026.xsd");

    public IReadOnlyList<string> Files =>
        [Schema, .. new[] { "lab", "pre", "cal" }.Select(k => Path.Combine(Folder, $"syn-2026_{k}.xml"))];

    /// <summary>
    /// A copy of the taxonomy in a folder of its own whose schema differs by a comment: the same work to load, but not
    /// the same bytes, so the compiled-DTS cache cannot serve it.
    /// </summary>
    public string Variant(int n)
    {
        Ensure();
        var folder = Folder + "-variant-" + n.ToString(CultureInfo.InvariantCulture);
        Directory.CreateDirectory(folder);
        foreach (var file in Files)
        {
            var target = Path.Combine(folder, Path.GetFileName(file));
            if (file == Schema)
            {
                File.WriteAllText(target, File.ReadAllText(file) + "<!-- variant " + n.ToString(CultureInfo.InvariantCulture) + " -->\n", new UTF8Encoding(false));
            }
            else
            {
                File.Copy(file, target, overwrite: true);
            }
        }

        return Path.Combine(folder, Path.GetFileName(Schema));
    }

    public SyntheticTaxonomy Ensure()
    {
        var marker = Path.Combine(Folder, ".complete");
        if (File.Exists(marker))
        {
            return this;
        }

        Directory.CreateDirectory(Folder);
        WriteSchema();
        WriteLinkbase("lab", w =>
        {
            w.WriteStartElement("link", "labelLink", Link);
            Attr(w, XLink, "type", "extended");
            Attr(w, XLink, "role", "http://www.xbrl.org/2003/role/link");
            foreach (var (g, i) in All())
            {
                var id = Id(g, i);
                Loc(w, id);
                foreach (var lang in new[] { "en", "ja" })
                {
                    w.WriteStartElement("link", "label", Link);
                    Attr(w, XLink, "type", "resource");
                    Attr(w, XLink, "label", "lab_" + id);
                    Attr(w, XLink, "role", "http://www.xbrl.org/2003/role/label");
                    w.WriteAttributeString("xml", "lang", null, lang);
                    w.WriteString(LabelOf(g, i, lang));
                    w.WriteEndElement();
                }

                Arc(w, "labelArc", "http://www.xbrl.org/2003/arcrole/concept-label", "loc_" + id, "lab_" + id, null, null);
            }

            w.WriteEndElement();
        });
        WriteLinkbase("pre", w => Groupwise(w, "presentationLink", "presentationArc", "http://www.xbrl.org/2003/arcrole/parent-child", heading: true));
        WriteLinkbase("cal", w => Groupwise(w, "calculationLink", "calculationArc", "http://www.xbrl.org/2003/arcrole/summation-item", heading: false));
        File.WriteAllText(marker, string.Empty);
        return this;
    }

    private const string Xsd = "http://www.w3.org/2001/XMLSchema";
    private const string Link = "http://www.xbrl.org/2003/linkbase";
    private const string XLink = "http://www.w3.org/1999/xlink";
    private const string Xbrli = "http://www.xbrl.org/2003/instance";

    private static string N(int n) => n.ToString("000", CultureInfo.InvariantCulture);

    private static string Local(int g, int i) => i < 0 ? $"Group{N(g)}Heading" : $"Group{N(g)}Line{N(i)}";

    private static string Id(int g, int i) => "syn_" + Local(g, i);

    private string LabelOf(int g, int i, string lang) => (i < 0, i == PerGroup - 1, lang) switch
    {
        (true, _, "en") => $"Synthetic group {g} [heading]",
        (true, _, _) => $"合成グループ{g}［見出し］",
        (_, true, "en") => $"Total of synthetic group {g}",
        (_, true, _) => $"合成グループ{g}の合計",
        (_, _, "en") => $"Line {i} of synthetic group {g}, a long enough caption to look like a real one",
        _ => $"合成グループ{g}の第{i}行、実在の科目名ほどの長さの表示名",
    };

    private IEnumerable<(int Group, int Item)> All() =>
        Enumerable.Range(0, Groups).SelectMany(g => Enumerable.Range(-1, PerGroup + 1).Select(i => (g, i)));

    private static XmlWriter Writer(string path) =>
        XmlWriter.Create(path, new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) });

    private static void Attr(XmlWriter w, string ns, string name, string value) =>
        w.WriteAttributeString(ns == XLink ? "xlink" : null, name, ns, value);

    private void WriteSchema()
    {
        using var w = Writer(Schema);
        w.WriteStartDocument();
        w.WriteStartElement("xsd", "schema", Xsd);
        w.WriteAttributeString("xmlns", "xbrli", null, Xbrli);
        w.WriteAttributeString("xmlns", "link", null, Link);
        w.WriteAttributeString("xmlns", "xlink", null, XLink);
        w.WriteAttributeString("xmlns", "syn", null, Ns);
        w.WriteAttributeString("targetNamespace", Ns);
        w.WriteAttributeString("elementFormDefault", "qualified");
        w.WriteStartElement("xsd", "annotation", Xsd);
        w.WriteStartElement("xsd", "appinfo", Xsd);
        foreach (var (kind, role) in new[] { ("lab", "label"), ("pre", "presentation"), ("cal", "calculation") })
        {
            w.WriteStartElement("link", "linkbaseRef", Link);
            Attr(w, XLink, "type", "simple");
            Attr(w, XLink, "href", $"syn-2026_{kind}.xml");
            Attr(w, XLink, "role", $"http://www.xbrl.org/2003/role/{role}LinkbaseRef");
            Attr(w, XLink, "arcrole", "http://www.w3.org/1999/xlink/properties/linkbase");
            w.WriteEndElement();
        }

        for (var g = 0; g < Groups; g++)
        {
            w.WriteStartElement("link", "roleType", Link);
            w.WriteAttributeString("roleURI", RoleBase + N(g));
            w.WriteAttributeString("id", "Group" + N(g));
            w.WriteElementString("link", "definition", Link, $"{N(g)} - Disclosure - Synthetic group {g}");
            w.WriteElementString("link", "usedOn", Link, "link:presentationLink");
            w.WriteElementString("link", "usedOn", Link, "link:calculationLink");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("xsd", "import", Xsd);
        w.WriteAttributeString("namespace", Xbrli);
        w.WriteAttributeString("schemaLocation", "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd");
        w.WriteEndElement();
        foreach (var (g, i) in All())
        {
            w.WriteStartElement("xsd", "element", Xsd);
            w.WriteAttributeString("id", Id(g, i));
            w.WriteAttributeString("name", Local(g, i));
            w.WriteAttributeString("type", i < 0 ? "xbrli:stringItemType" : "xbrli:monetaryItemType");
            w.WriteAttributeString("substitutionGroup", "xbrli:item");
            w.WriteAttributeString("nillable", "true");
            w.WriteAttributeString("xbrli", "periodType", Xbrli, "duration");
            if (i < 0)
            {
                w.WriteAttributeString("abstract", "true");
            }
            else
            {
                w.WriteAttributeString("xbrli", "balance", Xbrli, "credit");
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private void WriteLinkbase(string kind, Action<XmlWriter> body)
    {
        using var w = Writer(Path.Combine(Folder, $"syn-2026_{kind}.xml"));
        w.WriteStartDocument();
        w.WriteStartElement("link", "linkbase", Link);
        w.WriteAttributeString("xmlns", "xlink", null, XLink);
        if (kind != "lab")
        {
            for (var g = 0; g < Groups; g++)
            {
                w.WriteStartElement("link", "roleRef", Link);
                w.WriteAttributeString("roleURI", RoleBase + N(g));
                Attr(w, XLink, "type", "simple");
                Attr(w, XLink, "href", "syn-2026.xsd#Group" + N(g));
                w.WriteEndElement();
            }
        }

        body(w);
        w.WriteEndElement();
    }

    /// <summary>One extended link per group: the heading (presentation) or the total (calculation) over the other lines.</summary>
    private void Groupwise(XmlWriter w, string link, string arc, string arcrole, bool heading)
    {
        for (var g = 0; g < Groups; g++)
        {
            w.WriteStartElement("link", link, Link);
            Attr(w, XLink, "type", "extended");
            Attr(w, XLink, "role", RoleBase + N(g));
            var parent = heading ? -1 : PerGroup - 1;
            Loc(w, Id(g, parent));
            var children = Enumerable.Range(0, PerGroup).Where(i => i != parent).ToList();
            foreach (var i in children)
            {
                Loc(w, Id(g, i));
            }

            var order = 0;
            foreach (var i in children)
            {
                Arc(w, arc, arcrole, "loc_" + Id(g, parent), "loc_" + Id(g, i), (++order).ToString(CultureInfo.InvariantCulture), heading ? null : "1");
            }

            w.WriteEndElement();
        }
    }

    private static void Loc(XmlWriter w, string id)
    {
        w.WriteStartElement("link", "loc", Link);
        Attr(w, XLink, "type", "locator");
        Attr(w, XLink, "href", "syn-2026.xsd#" + id);
        Attr(w, XLink, "label", "loc_" + id);
        w.WriteEndElement();
    }

    private static void Arc(XmlWriter w, string name, string arcrole, string from, string to, string? order, string? weight)
    {
        w.WriteStartElement("link", name, Link);
        Attr(w, XLink, "type", "arc");
        Attr(w, XLink, "arcrole", arcrole);
        Attr(w, XLink, "from", from);
        Attr(w, XLink, "to", to);
        if (order is not null)
        {
            w.WriteAttributeString("order", order);
        }

        if (weight is not null)
        {
            w.WriteAttributeString("weight", weight);
        }

        w.WriteEndElement();
    }
}
