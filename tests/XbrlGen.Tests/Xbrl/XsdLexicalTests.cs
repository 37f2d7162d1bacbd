using System.Xml;
using System.Xml.Schema;
using XbrlGen.Xbrl;

namespace XbrlGen.Tests.Xbrl;

/// <summary>The reader's own lexical checks accept only what XML Schema accepts, and read decimals to the same value.</summary>
public class XsdLexicalTests
{
    private static readonly XmlSchemaDatatype Decimal = XmlSchemaType.GetBuiltInSimpleType(XmlTypeCode.Decimal)!.Datatype!;

    [Theory]
    [InlineData("8344046000")]
    [InlineData("-43.98")]
    [InlineData(" +0.5\n")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("007")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData("1 000")]
    [InlineData("--1")]
    [InlineData("1.2.3")]
    [InlineData("INF")]
    [InlineData("99999999999999999999999999999999")]
    public void Decimals_agree_with_the_schema_datatype(string text)
    {
        object? expected;
        try
        {
            expected = Decimal.ParseValue(text, null, null);
        }
        catch (Exception ex) when (ex is XmlSchemaException or FormatException or OverflowException)
        {
            expected = null;
        }

        Assert.Equal(expected, XsdLexical.TryParseDecimal(text, out var value) ? value : null);
    }

    [Theory]
    [InlineData("c1", true)]
    [InlineData("_D2003-04-01.x", true)]
    [InlineData("1c", false)]
    [InlineData("a:b", false)]
    [InlineData(" c1", false)]
    [InlineData("", false)]
    public void Ncnames_are_exactly_xml_ncnames(string text, bool valid) => Assert.Equal(valid, XsdLexical.IsNcName(text));

    [Theory]
    [InlineData("-3", false, true)]
    [InlineData("+3", true, true)]
    [InlineData("-3", true, false)]
    [InlineData("3.0", false, false)]
    [InlineData("", false, false)]
    [InlineData("+", false, false)]
    public void Integers_are_digits_with_an_optional_sign(string text, bool nonNegative, bool valid) => Assert.Equal(valid, XsdLexical.IsInteger(text, nonNegative));
}
