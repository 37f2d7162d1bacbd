using System.Xml.Linq;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;
using XbrlGen.Xbrl;

namespace XbrlGen.Tests.Xbrl;

public class UnitTests
{
    private const string Iso = XbrlNamespaces.Iso4217;
    private const string Xbrli = XbrlNamespaces.Xbrli;

    [Fact]
    public void Units_with_the_same_measures_in_any_order_and_prefix_are_u_equal()
    {
        var a = new Unit("a", [new QName("iso4217", Iso, "JPY"), new QName("xbrli", Xbrli, "pure")], []);
        var b = new Unit("b", [new QName("xbrli", Xbrli, "pure"), new QName("c", Iso, "JPY")], []);
        Assert.Equal(a.MeasureKey, b.MeasureKey);
        Assert.NotEqual(a.MeasureKey, new Unit("c", [new QName("iso4217", Iso, "JPY")], [new QName("xbrli", Xbrli, "pure")]).MeasureKey);
        Assert.NotEqual(Unit.Currency("JPY").MeasureKey, Unit.Currency("USD").MeasureKey);
    }

    [Fact]
    public void The_validator_unit_and_the_generator_unit_share_one_equality()
    {
        var perShare = new Unit("JPYPerShare", [new QName("iso4217", Iso, "JPY")], [new QName("xbrli", Xbrli, "shares")]);
        var read = new UnitInfo("u1", [XName.Get("JPY", Iso)], [XName.Get("shares", Xbrli)], new SourceSpan("i.xml", 1, 1));
        Assert.Equal(perShare.MeasureKey, read.Key);
        var perPure = new UnitInfo("u2", [XName.Get("JPY", Iso)], [XName.Get("pure", Xbrli)], new SourceSpan("i.xml", 2, 1));
        Assert.NotEqual(perShare.MeasureKey, perPure.Key);
    }
}
