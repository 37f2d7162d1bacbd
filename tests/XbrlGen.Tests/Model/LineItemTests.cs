using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Model;

// Not XbrlGen.Tests.Model: that name would hide XbrlGen.Model from the tests that write Model.Language.
namespace XbrlGen.Tests.ModelTests;

/// <summary>A line item is a concept and its members: a breakdown's line is told from its total, and equal items key alike.</summary>
public class LineItemTests
{
    private static Concept C(string local) => new(new QName("gaap", "http://example.com/gaap", local), "xbrli:monetaryItemType", PeriodType.Duration, Balance.Credit, false, false);

    private static readonly ExplicitMember DialUp = new(C("ProductOrServiceAxis"), C("DialUpMember"));

    [Fact]
    public void A_line_item_on_a_member_differs_from_its_total_and_equals_the_same_item_made_again()
    {
        var total = new LineItem(C("Revenues"), []);
        var dialUp = new LineItem(C("Revenues"), [DialUp]);
        Assert.NotEqual(total, dialUp);
        Assert.Equal(dialUp, new LineItem(C("Revenues"), [new ExplicitMember(C("ProductOrServiceAxis"), C("DialUpMember"))]));
        Assert.Equal(dialUp.GetHashCode(), new LineItem(C("Revenues"), [DialUp]).GetHashCode());
        Assert.Single(new HashSet<LineItem> { dialUp, new LineItem(C("Revenues"), [DialUp]) });
    }

    [Fact]
    public void A_line_item_prints_as_the_mapping_names_it()
    {
        Assert.Equal("gaap:Revenues", new LineItem(C("Revenues"), []).ToString());
        Assert.Equal("gaap:Revenues[gaap:ProductOrServiceAxis=gaap:DialUpMember]", new LineItem(C("Revenues"), [DialUp]).ToString());
    }

    [Fact]
    public void A_line_key_reads_back_what_it_writes_and_a_sum_names_a_line_as_the_line_item_prints()
    {
        const string Text = "gaap:Revenues[gaap:ProductOrServiceAxis=gaap:DialUpMember]";
        var key = LineKey.Parse(Text);
        Assert.Equal("gaap:Revenues", key.Concept);
        Assert.Equal([("gaap:ProductOrServiceAxis", "gaap:DialUpMember")], key.Members);
        Assert.Equal(Text, key.ToString());
        Assert.Equal(key, new LineItem(C("Revenues"), [DialUp]).Key);
        Assert.Equal(key.GetHashCode(), new LineItem(C("Revenues"), [DialUp]).Key.GetHashCode());
        Assert.Equal(new LineKey("gaap:Revenues", []), LineKey.Parse("gaap:Revenues"));
        Assert.Equal(new LineKey("gaap:Revenues", []), LineKey.Parse("gaap:Revenues[gaap:ProductOrServiceAxis=gaap:DialUpMember"));

        var line = new LineMap("Dial-up", "ダイヤルアップ", "gaap:Revenues", LineRole.None, false, null, PeriodRole.ConceptDefault, [], new SourceSpan("m.yaml", 1))
        {
            Members = [("gaap:ProductOrServiceAxis", "gaap:DialUpMember")],
        };
        Assert.Equal(Text, line.Key);
        var sum = new SumItem(Text, 1m, new SourceSpan("m.yaml", 1));
        Assert.Equal("gaap:Revenues", sum.ConceptName);
        Assert.Equal(line.Members, sum.Members);
    }

    [Fact]
    public void A_fact_and_a_relationship_give_their_line_items()
    {
        var fact = new Fact(C("Revenues"), new Context("D", "s", "1", new DurationPeriod(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30))) { Members = [DialUp] }, null, null, null, "x", []);
        var rel = new Relationship(C("Revenues"), C("CostOfRevenue"), 1) { ParentMembers = [DialUp] };
        Assert.Equal(LineItem.Of(fact), rel.ParentItem);
        Assert.Equal(new LineItem(C("CostOfRevenue"), []), rel.ChildItem);
    }
}
