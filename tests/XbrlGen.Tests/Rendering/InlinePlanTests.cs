using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Pipeline;
using XbrlGen.Rendering;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Rendering;

/// <summary>
/// Where the bilingual document set tags each fact: once across both pages, on the primary language's page where it
/// prints the fact at the fact's precision, otherwise on the other page; never on a coarser copy.
/// </summary>
public class InlinePlanTests(GeneratedFiling generated) : IClassFixture<GeneratedFiling>
{
    private static readonly XNamespace Ix = "http://www.xbrl.org/2013/inlineXBRL";

    [Fact]
    public void Every_fact_is_tagged_once_at_its_own_precision()
    {
        var plan = InlinePlan.Create(generated.Filing);
        var tagged = plan.Pages.SelectMany(p => p.Figures()).Where(f => f.Tagged).ToList();
        Assert.Equal(generated.Filing.Facts.Count, tagged.Count + plan.Hidden.Count);
        Assert.Equal(tagged.Count, tagged.Select(f => f.Fact).Distinct().Count());
        Assert.All(tagged.Where(f => f.Fact!.Value is not null), f => Assert.Equal(f.Fact!.Decimals, f.Scale > 0 ? Decimals.Finite(-f.Scale) : f.Fact.Decimals));

        // Revenues are printed in millions (Table 1) before the statement prints them in thousands: the tag is the statement's.
        var revenues = generated.Filing.Facts.Single(f => f.Concept.Name.LocalName == "Revenues" && f.Context.Members.Count == 0 && f.Unit?.Id == "JPY" && f.Context.Period.End == generated.Filing.PeriodEnd);
        var page = XDocument.Load(generated.Page(Language.En));
        var tag = Assert.Single(page.Descendants(Ix + "nonFraction"), e => (string?)e.Attribute("name") == "gaap:Revenues" && (string?)e.Attribute("contextRef") == revenues.Context.Id && (string?)e.Attribute("unitRef") == "JPY");
        Assert.Equal("3", (string?)tag.Attribute("scale"));
        Assert.Equal("-3", (string?)tag.Attribute("decimals"));
        var millions = generated.Filing.Layout.Tables.First(t => t.Language == Language.En && t.Scale == 6 && t.Rows.Any(r => r.Figures.Any(f => f.Fact == revenues)));
        var copy = millions.Rows.SelectMany(r => r.Figures).First(f => f.Fact == revenues);
        Assert.Contains(page.Descendants(XName.Get("a", "http://www.w3.org/1999/xhtml")), a => a.Value == copy.Text && (string?)a.Attribute("href") == "#" + (string?)tag.Attribute("id"));
    }

    [Fact]
    public void With_Japanese_primary_the_Japanese_page_tags_what_it_prints_and_the_English_page_the_rest()
    {
        var mapping = TestPaths.MappingWith(("entity.yaml", t => t.Replace("primaryLanguage: en ", "primaryLanguage: ja ", StringComparison.Ordinal)));
        var options = TestPaths.Options(mapping: mapping);
        var result = Generator.Run(options);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        var filing = result.Filing!;
        var plan = InlinePlan.Create(filing);
        Assert.Equal(Language.Ja, plan.Primary);
        var japanese = plan.Pages[0].Figures().Where(f => f.Tagged).Select(f => f.Fact!).ToHashSet();
        var english = plan.Pages[1].Figures().Where(f => f.Tagged).Select(f => f.Fact!).ToList();
        Assert.NotEmpty(japanese);
        Assert.NotEmpty(english);

        // The English page tags only facts the Japanese page never prints at their precision (Tables 9 and 10).
        Assert.All(english, fact => Assert.DoesNotContain(plan.Pages[0].Figures(), f => f.Fact == fact && f.Exact));
        var bag = new DiagnosticBag();
        var target = InlineXbrlReader.Read([Path.Combine(options.Output, filing.InlineFile(Language.Ja)), Path.Combine(options.Output, filing.InlineFile(Language.En))], bag);
        Assert.Equal(filing.Facts.Count, target!.Instance.Root!.Elements().Count(e => e.Attribute("contextRef") is not null));
    }

    [Fact]
    public void A_bad_primary_language_is_a_mapping_error()
    {
        var mapping = TestPaths.MappingWith(("entity.yaml", t => t.Replace("primaryLanguage: en ", "primaryLanguage: fr ", StringComparison.Ordinal)));
        var result = Generator.Run(TestPaths.Options(mapping: mapping));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.PrimaryLanguageInvalid.Code && d.Message.Contains("primaryLanguage 'fr'", StringComparison.Ordinal));
    }
}

/// <summary>The Inline XBRL page template is overridable per company, like the others.</summary>
public class InlineTemplateOverrideTests
{
    [Fact]
    public void A_company_template_replaces_the_built_in_page()
    {
        var mapping = TestPaths.MappingWithTemplate("inline.sbn-xml", t => t.Replace("<div class=\"page\">", "<div class=\"page\"><p class=\"company-banner\">Prepared by the filing team</p>", StringComparison.Ordinal));

        var options = TestPaths.Options(mapping: mapping);
        var result = Generator.Run(options);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        foreach (var language in new[] { Language.En, Language.Ja })
        {
            Assert.Contains("Prepared by the filing team", File.ReadAllText(Path.Combine(options.Output, result.Filing!.InlineFile(language))), StringComparison.Ordinal);
        }
    }
}
