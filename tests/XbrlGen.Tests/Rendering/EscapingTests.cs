using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Pipeline;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Rendering;

/// <summary>
/// Text from the mapping that reaches the documents (the entity name as a text fact, a concept's labels, a table's title
/// as a role definition and abstract label) with XML's special characters and characters outside the BMP: the output is
/// well-formed, valid, and reads back exactly.
/// </summary>
public class EscapingTests
{
    private const string Specials = "& < > \" ' 𠮷 😀";

    // Labels may not contain '<' (XG0503), so they carry every other special character.
    private const string EntityName = "A&B <Holdings> \"Q\" 'x' 𠮷 😀";
    private const string LabelEn = "Dedicated & \"Access\" > 'Services' 𠮷";
    private const string LabelJa = "専用線&接続 \"サービス\" > '売上高' 😀";
    private const string TitleEn = "Operations & \"Statements\" > 'Q' 𠮷";

    private static string Yaml(string s) => "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static readonly Lazy<(GenerateResult Result, string Output)> Run = new(() =>
    {
        var mapping = TestPaths.MappingWith(
            ("entity.yaml", t => t.Replace("  name: Internet Initiative Japan Inc.", "  name: " + Yaml(EntityName), StringComparison.Ordinal)),
            ("concepts.yaml", t => t.Replace(
                "label: { en: \"Dedicated Access Services [Member]\", ja: \"専用線接続サービス [メンバー]\" }",
                $"label: {{ en: {Yaml(LabelEn)}, ja: {Yaml(LabelJa)} }}",
                StringComparison.Ordinal)),
            ("mapping.yaml", t => t.Replace("title: { en: \"Consolidated Statements of Operations\",", $"title: {{ en: {Yaml(TitleEn)},", StringComparison.Ordinal)));
        var options = TestPaths.Options(mapping: mapping);
        return (Generator.Run(options), options.Output);
    });

    private static XDocument Read(string file)
    {
        var bag = new DiagnosticBag();
        var doc = SafeXml.Load(Path.Combine(Run.Value.Output, file), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return doc!;
    }

    [Fact]
    public void The_filing_is_written_and_valid()
    {
        var (result, output) = Run.Value;
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Outcome.Written(result, output);
        Assert.All(Specials.Split(' '), s => Assert.Contains(s, EntityName, StringComparison.Ordinal));
    }

    [Fact]
    public void The_entity_name_fact_reads_back_exactly()
    {
        XNamespace dei = "http://xbrlgen.org/taxonomy/2003/dei";
        var fact = Assert.Single(Read("iij-20030630.xml").Root!.Elements(dei + "EntityRegistrantName"));
        Assert.Equal(EntityName, fact.Value);
        var raw = File.ReadAllText(Path.Combine(Run.Value.Output, "iij-20030630.xml"));
        Assert.Contains(">A&amp;B &lt;Holdings&gt; &quot;Q&quot; &apos;x&apos; 𠮷 😀<", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void The_labels_read_back_exactly_in_both_languages()
    {
        XNamespace link = "http://www.xbrl.org/2003/linkbase";
        XNamespace xml = XNamespace.Xml;
        var labels = Read("iij-20030630_lab.xml").Descendants(link + "label")
            .Where(l => (string?)l.Attribute("{http://www.w3.org/1999/xlink}role") == "http://www.xbrl.org/2003/role/label")
            .Select(l => ((string?)l.Attribute(xml + "lang"), l.Value)).ToList();
        Assert.Contains(("en", LabelEn), labels);
        Assert.Contains(("ja", LabelJa), labels);
    }

    [Fact]
    public void The_table_title_reads_back_exactly_as_the_role_definition()
    {
        XNamespace link = "http://www.xbrl.org/2003/linkbase";
        var definitions = Read("iij-20030630.xsd").Descendants(link + "definition").Select(d => d.Value).ToList();
        Assert.Contains("01 - Statement - " + TitleEn, definitions);
    }

    [Fact]
    public void A_release_file_name_that_cannot_sit_in_an_XML_comment_still_gives_well_formed_documents()
    {
        // The instance names its source release in a comment; "--" and a trailing "-" are not allowed in one.
        var dir = TestPaths.TempDir();
        var release = Path.Combine(dir, "iij--1q03--.txt-");
        File.Copy(TestPaths.Release, release);
        var options = TestPaths.Options(release, Path.Combine(dir, "out"));

        var result = Generator.Run(options);

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Outcome.Written(result, options.Output);
        Assert.Contains("iij", File.ReadLines(Path.Combine(options.Output, "iij-20030630.xml")).ElementAt(1), StringComparison.Ordinal);
    }
}
