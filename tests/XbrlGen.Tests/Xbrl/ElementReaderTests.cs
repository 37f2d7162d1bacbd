using System.Xml;
using System.Xml.Linq;
using XbrlGen.Xbrl;

namespace XbrlGen.Tests.Xbrl;

public class ElementReaderTests
{
    [Fact]
    public void Each_top_level_element_loads_alone_with_its_lines_and_the_reader_stands_on_its_end()
    {
        const string xml = "<root xmlns:a=\"urn:a\">\n  <a:one id=\"1\">\n    <two>text</two>\n  </a:one>\n  <three/>\n  <four>x</four>\n</root>";
        using var reader = XmlReader.Create(new StringReader(xml));
        reader.MoveToContent();
        reader.Read();
        var loaded = new List<XElement>();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            loaded.Add(XElement.Load(new ElementReader(reader), LoadOptions.SetLineInfo));
            Assert.True(reader.NodeType == XmlNodeType.EndElement || reader.IsEmptyElement);
            reader.Read();
        }

        Assert.Equal(["{urn:a}one", "three", "four"], loaded.Select(e => e.Name.ToString()));
        Assert.Equal("text", loaded[0].Element("two")!.Value);
        Assert.Equal((3, 6), (((IXmlLineInfo)loaded[0].Element("two")!).LineNumber, ((IXmlLineInfo)loaded[0].Element("two")!).LinePosition));
        Assert.Equal("x", loaded[2].Value);
    }

    [Fact]
    public void It_takes_only_a_reader_on_an_element()
    {
        using var reader = XmlReader.Create(new StringReader("<root/>"));
        Assert.Throws<ArgumentException>(() => new ElementReader(reader));
    }

    [Fact]
    public void Lines_are_on_elements_and_an_attribute_is_where_its_element_is()
    {
        using var reader = XmlReader.Create(new StringReader("<root>\n  <one a=\"1\">text</one>\n</root>"));
        reader.MoveToContent();
        var root = XElement.Load(new ElementReader(reader), LoadOptions.SetLineInfo);
        var one = root.Element("one")!;
        Assert.False(((IXmlLineInfo)one.Attribute("a")!).HasLineInfo());
        Assert.Equal(new XbrlGen.Diagnostics.SourceSpan("f.xml", 2, 4), SafeXml.Span("f.xml", one.Attribute("a")!));
        Assert.Equal(new XbrlGen.Diagnostics.SourceSpan("f.xml", 2, 4), SafeXml.Span("f.xml", one.FirstNode!));
    }
}
