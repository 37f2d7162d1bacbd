// Not XbrlGen.Tests.Model: that name would hide XbrlGen.Model from the tests that write Model.Language.
namespace XbrlGen.Tests.ModelTests;

/// <summary>A label role maps to its URI in one place; the 2009 registry roles are the ones a linkbase must declare.</summary>
public class LabelRoleTests
{
    [Fact]
    public void Each_label_role_has_its_standard_uri_and_only_the_negated_ones_are_registry_roles()
    {
        Assert.Equal("http://www.xbrl.org/2003/role/label", LabelRole.Label.Uri());
        Assert.Equal("http://www.xbrl.org/2003/role/terseLabel", LabelRole.Terse.Uri());
        Assert.Equal("http://www.xbrl.org/2009/role/negatedPeriodEndLabel", LabelRole.NegatedPeriodEnd.Uri());
        Assert.Equal("periodStartLabel", LabelRole.PeriodStart.LocalName());
        Assert.Equal(
            [LabelRole.Negated, LabelRole.NegatedTotal, LabelRole.NegatedPeriodStart, LabelRole.NegatedPeriodEnd],
            Enum.GetValues<LabelRole>().Where(r => r.InRegistry()));
        Assert.Equal(Enum.GetValues<LabelRole>().Length, Enum.GetValues<LabelRole>().Select(r => r.Uri()).Distinct().Count());
    }
}
