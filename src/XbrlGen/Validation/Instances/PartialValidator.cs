using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation.Instances;

/// <summary>
/// XML Schema validation one element tree at a time, against its global declaration: an instance's contexts, units,
/// tuples, footnote links and non-numeric items (the model checks IDs across the instance), and a schema's appinfo
/// content. QNames resolve with the namespaces in scope of the element where it stands.
/// </summary>
/// <param name="addSchemaInfo">
/// Whether default and fixed attribute values and element defaults are added to the tree: an instance's are part of its
/// infoset (they count for s-equality and for decimals); a cached taxonomy document is left as it was read.
/// </param>
internal sealed class PartialValidator(XmlSchemaSet schemas, string path, DiagnosticBag diagnostics, bool addSchemaInfo = true)
{
    public void Validate(XElement element) => Validate(element, Declaration(element));

    /// <summary>Validates an element if the schemas declare it (lax: an undeclared one is not an error).</summary>
    public void ValidateIfDeclared(XElement element)
    {
        if (Declaration(element) is { } declaration)
        {
            Validate(element, declaration);
        }
    }

    private XmlSchemaObject? Declaration(XElement element) =>
        schemas.GlobalElements[new XmlQualifiedName(element.Name.LocalName, element.Name.NamespaceName)];

    public void Validate(XElement element, XmlSchemaObject? declaration)
    {
        if (declaration is null)
        {
            diagnostics.Report(Codes.ElementNotDeclared, SafeXml.Span(path, element), element.Name);
            return;
        }

        element.Validate(declaration, schemas, (sender, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && !XsdDates.MidnightAs24(e.Message))
            {
                diagnostics.Report(Codes.SchemaInvalid, SafeXml.Span(path, sender as XObject ?? element), e.Message);
            }
        }, addSchemaInfo);
    }
}
