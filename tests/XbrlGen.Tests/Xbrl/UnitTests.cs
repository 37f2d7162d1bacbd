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
    public void A_unit_read_from_an_instance_is_the_generator_unit_with_its_place()
    {
        var perShare = new Unit("JPYPerShare", [new QName("iso4217", Iso, "JPY")], [new QName("xbrli", Xbrli, "shares")]);
        var read = new Unit("u1", [QName.Of(XName.Get("JPY", Iso), "j:JPY")], [QName.Of(XName.Get("shares", Xbrli), "shares")]) { Span = new SourceSpan("i.xml", 1, 1) };
        Assert.Equal(perShare.MeasureKey, read.MeasureKey);
        Assert.Equal("j", read.Numerator[0].Prefix);
        Assert.True(read.IsCurrencyPerShare);
        var perPure = new Unit("u2", [QName.Of(XName.Get("JPY", Iso), "iso4217:JPY")], [QName.Of(XName.Get("pure", Xbrli), "xbrli:pure")]);
        Assert.NotEqual(perShare.MeasureKey, perPure.MeasureKey);
        Assert.True(new Unit("u3", [QName.Of(XName.Get("shares", Xbrli), "x:shares")], []).IsSingle(XName.Get("shares", Xbrli)));
    }
}
