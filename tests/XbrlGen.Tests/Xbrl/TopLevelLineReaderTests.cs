using System.Xml;
using System.Xml.Linq;

namespace XbrlGen.Tests.Xbrl;

public class TopLevelLineReaderTests
{
    [Fact]
    public void A_tree_is_read_with_the_place_of_its_top_level_element_as_the_line()
    {
        var document = XDocument.Parse("<r xmlns:p='urn:p'><a><b p:x='1'>t</b></a><p:c/><d>u</d></r>");
        using var reader = new TopLevelLineReader(document);
        var seen = new List<(string Name, int Line)>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                seen.Add((reader.LocalName, ((IXmlLineInfo)reader).LineNumber));
                if (reader.MoveToFirstAttribute())
                {
                    seen.Add(("@" + reader.LocalName, ((IXmlLineInfo)reader).LineNumber));
                    reader.MoveToElement();
                }
            }
        }

        Assert.Equal([("r", 0), ("a", 1), ("b", 1), ("@x", 1), ("c", 2), ("d", 3)], seen.Where(s => !s.Name.StartsWith("@p", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_tree_document_is_validated_as_it_is_read_with_its_places()
    {
        var document = XDocument.Parse("<r><a>1</a><a>x</a></r>");
        var schemas = new System.Xml.Schema.XmlSchemaSet();
        schemas.Add(null, XmlReader.Create(new StringReader(
            "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:element name='r'><xs:complexType><xs:sequence><xs:element name='a' type='xs:int' maxOccurs='9'/></xs:sequence></xs:complexType></xs:element></xs:schema>")));
        var errors = new List<int>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Exception.LineNumber);
        using var reader = new DocumentSource.Tree("t.xml", document).CreateReader(settings);
        while (reader.Read())
        {
        }

        Assert.Equal([2], errors);
    }
}
