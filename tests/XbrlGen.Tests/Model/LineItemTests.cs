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
    public void A_fact_and_a_relationship_give_their_line_items()
    {
        var fact = new Fact(C("Revenues"), new Context("D", "s", "1", new DurationPeriod(new DateOnly(2003, 4, 1), new DateOnly(2003, 6, 30))) { Members = [DialUp] }, null, null, null, "x", []);
        var rel = new Relationship(C("Revenues"), C("CostOfRevenue"), 1) { ParentMembers = [DialUp] };
        Assert.Equal(LineItem.Of(fact), rel.ParentItem);
        Assert.Equal(new LineItem(C("CostOfRevenue"), []), rel.ChildItem);
    }
}
