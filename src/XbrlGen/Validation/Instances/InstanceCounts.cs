using System.Globalization;
using System.Xml.Linq;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation.Instances;

/// <summary>What an instance holds, as a processor's user expects to be told: its facts, contexts and units.</summary>
public sealed record InstanceCounts(int Facts, int Contexts, int Units)
{
    public static InstanceCounts Zero { get; } = new(0, 0, 0);

    public static InstanceCounts operator +(InstanceCounts a, InstanceCounts b) => new(a.Facts + b.Facts, a.Contexts + b.Contexts, a.Units + b.Units);

    public static InstanceCounts Of(InstanceModel model) => new(model.Facts.Count, model.Contexts.Count, model.Units.Count);

    /// <summary>The counts of an instance document's tree (an Inline XBRL document set's target document).</summary>
    public static InstanceCounts Of(XDocument instance)
    {
        var root = instance.Root;
        if (root is null)
        {
            return Zero;
        }

        int facts = 0, contexts = 0, units = 0;
        foreach (var element in root.Elements())
        {
            if (element.Name == Taxonomy.Xbrli + "context")
            {
                contexts++;
            }
            else if (element.Name == Taxonomy.Xbrli + "unit")
            {
                units++;
            }
            else if (element.Name.Namespace != Dts.Link)
            {
                facts++;
            }
        }

        return new(facts, contexts, units);
    }

    public override string ToString() =>
        $"{Plural(Facts, "fact")}, {Plural(Contexts, "context")}, {Plural(Units, "unit")}";

    /// <summary>"1 error", "2 errors".</summary>
    public static string Plural(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
