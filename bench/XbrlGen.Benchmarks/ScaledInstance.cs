using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace XbrlGen.Benchmarks;

/// <summary>
/// The bundled instance (<c>output/iij-20030630.xml</c>) scaled up by cloning: its facts are split, context by context,
/// into calculation groups (facts whose concepts are joined by summation-item arcs of the calculation linkbase, so a
/// total and all of its items are always in one group), and each group is cloned, whole, into a new context whose
/// period is the original shifted back by a number of days no other context uses. Every summation therefore holds in
/// every new context, and no context duplicates another. The original contexts and facts are kept as they are; the
/// extension schema and linkbases are copied beside the scaled instance, so it references the same taxonomy.
/// The dimensional variant clones only the facts of dimensional contexts (the revenue and cost breakdowns on
/// gaap:ProductOrServiceAxis), so nearly all its facts are checked against their primary item's hypercube.
/// </summary>
public sealed record ScaledInstance(string Name, int TargetFacts, bool DimensionalOnly = false)
{
    /// <summary>About 1k, 10k and 150k facts (about 150k facts over about 20k contexts for the largest), and 150k dimensional facts.</summary>
    public static readonly ScaledInstance[] Standard =
    [
        new("1k", 1_000),
        new("10k", 10_000),
        new("150k", 150_000),
        new("150k-dim", 150_000, DimensionalOnly: true),
    ];

    private static readonly XNamespace Xbrli = "http://www.xbrl.org/2003/instance";
    private static readonly XNamespace Link = "http://www.xbrl.org/2003/linkbase";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public string Folder => BenchPaths.Data("instance-" + Name);

    public string File => Path.Combine(Folder, "iij-scaled-" + Name + ".xml");

    public static ScaledInstance ByName(string name) =>
        Standard.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException("no scaled instance " + name);

    /// <summary>Facts and contexts in the scaled file, counted when it is made.</summary>
    public (int Facts, int Contexts) Counts()
    {
        var text = System.IO.File.ReadAllText(Path.Combine(Folder, ".complete"));
        var parts = text.Split(' ');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public ScaledInstance Ensure()
    {
        var marker = Path.Combine(Folder, ".complete");
        if (System.IO.File.Exists(marker))
        {
            return this;
        }

        Directory.CreateDirectory(Folder);
        var source = BenchPaths.Layout.Output;
        var instance = XDocument.Load(Path.Combine(source, "iij-20030630.xml"));
        foreach (var file in Directory.GetFiles(source).Where(f => f.EndsWith(".xsd", StringComparison.Ordinal) || f.EndsWith("_lab.xml", StringComparison.Ordinal) || f.EndsWith("_pre.xml", StringComparison.Ordinal) || f.EndsWith("_cal.xml", StringComparison.Ordinal) || f.EndsWith("_def.xml", StringComparison.Ordinal)))
        {
            System.IO.File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)), overwrite: true);
        }

        var groupOf = CalculationGroups(XDocument.Load(Path.Combine(source, "iij-20030630_cal.xml")));
        var root = instance.Root!;
        var contexts = root.Elements(Xbrli + "context").ToList();
        var units = root.Elements(Xbrli + "unit").ToList();
        var facts = root.Elements().Where(e => e.Attribute("contextRef") is not null).ToList();

        // One clone unit per (context, calculation group): all the facts of that context in that group.
        var cloneUnits = facts
            .GroupBy(f => ((string)f.Attribute("contextRef")!, groupOf.GetValueOrDefault(ConceptId(f), "fact:" + ConceptId(f))))
            .Select(g => (Context: contexts.Single(c => (string?)c.Attribute("id") == g.Key.Item1), Facts: g.ToList()))
            .Where(u => !DimensionalOnly || u.Context.Descendants(Xbrli + "segment").Any())
            .ToList();
        var perRound = Math.Max(1, cloneUnits.Sum(u => u.Facts.Count));
        var rounds = Math.Max(0, (int)Math.Round((TargetFacts - facts.Count) / (double)perRound));

        var used = new HashSet<string>(contexts.Select(PeriodKey), StringComparer.Ordinal);
        var shift = 0;
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var factCount = facts.Count;
        var contextCount = contexts.Count;
        using (var writer = XmlWriter.Create(File, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("xbrli", "xbrl", Xbrli.NamespaceName);
            foreach (var ns in root.Attributes().Where(a => a.IsNamespaceDeclaration))
            {
                writer.WriteAttributeString("xmlns", ns.Name.LocalName, null, ns.Value);
            }

            root.Element(Link + "schemaRef")!.WriteTo(writer);
            foreach (var c in contexts)
            {
                c.WriteTo(writer);
            }

            foreach (var u in units)
            {
                u.WriteTo(writer);
            }

            foreach (var f in facts)
            {
                f.WriteTo(writer);
            }

            var n = 0;
            for (var round = 0; round < rounds; round++)
            {
                foreach (var (context, group) in cloneUnits)
                {
                    // The next day offset whose shifted period no context has yet.
                    XElement clone;
                    do
                    {
                        clone = Shifted(context, ++shift);
                    }
                    while (!used.Add(PeriodKey(clone)));

                    var id = "C" + (++n).ToString(CultureInfo.InvariantCulture);
                    clone.SetAttributeValue("id", id);
                    clone.WriteTo(writer);
                    contextCount++;
                    foreach (var f in group)
                    {
                        var copy = new XElement(f);
                        copy.SetAttributeValue("contextRef", id);
                        copy.WriteTo(writer);
                        factCount++;
                    }
                }
            }

            writer.WriteEndElement();
        }

        System.IO.File.WriteAllText(marker, factCount.ToString(CultureInfo.InvariantCulture) + " " + contextCount.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>The schema id of a fact's concept (<c>prefix_LocalName</c>), as the calculation linkbase's locators name it.</summary>
    private static string ConceptId(XElement fact) =>
        (fact.GetPrefixOfNamespace(fact.Name.Namespace) ?? string.Empty) + "_" + fact.Name.LocalName;

    /// <summary>Concepts joined by summation-item arcs, in any role, get one group name (union-find over the arcs).</summary>
    private static Dictionary<string, string> CalculationGroups(XDocument cal)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        foreach (var link in cal.Root!.Elements(Link + "calculationLink"))
        {
            var locs = link.Elements(Link + "loc").ToDictionary(
                l => (string)l.Attribute(XLink + "label")!,
                l => ((string)l.Attribute(XLink + "href")!).Split('#')[1],
                StringComparer.Ordinal);
            foreach (var arc in link.Elements(Link + "calculationArc"))
            {
                var a = locs[(string)arc.Attribute(XLink + "from")!];
                var b = locs[(string)arc.Attribute(XLink + "to")!];
                parent.TryAdd(a, a);
                parent.TryAdd(b, b);
                var (ra, rb) = (Find(a), Find(b));
                if (ra != rb)
                {
                    parent[rb] = ra;
                }
            }
        }

        return parent.Keys.ToDictionary(k => k, k => "calc:" + Find(k), StringComparer.Ordinal);
    }

    private static string PeriodKey(XElement context)
    {
        var period = context.Element(Xbrli + "period")!;
        return period.Element(Xbrli + "instant") is { } i
            ? "I" + i.Value
            : "D" + period.Element(Xbrli + "startDate")!.Value + "_" + period.Element(Xbrli + "endDate")!.Value;
    }

    private static XElement Shifted(XElement context, int days)
    {
        var clone = new XElement(context);
        foreach (var date in clone.Element(Xbrli + "period")!.Elements())
        {
            var d = DateOnly.ParseExact(date.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-days);
            date.Value = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return clone;
    }
}
