using System.Xml.Linq;
using XbrlGen.Diagnostics;

namespace XbrlGen.Validation.Taxonomies;

/// <summary>Role and arcrole type declarations (XBRL 2.1 sections 5.1.3 and 5.1.4), read from every schema's appinfo and checked.</summary>
internal static class RoleTypeDeclarations
{
    /// <summary>Role and arcrole types (XBRL 2.1 section 5.1.3 and 5.1.4).</summary>
    public static void Read(Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        foreach (var schema in taxonomy.Dts.Schemas)
        {
            foreach (var appinfo in schema.Xml.Root!.Elements(Dts.Xsd + "annotation").Elements(Dts.Xsd + "appinfo"))
            {
                Read(appinfo.Elements(Dts.Link + "roleType"), "roleURI", taxonomy.RoleTypes);
                Read(appinfo.Elements(Dts.Link + "arcroleType"), "arcroleURI", taxonomy.ArcroleTypes);
            }

            void Read(IEnumerable<XElement> types, string uriAttribute, Dictionary<string, List<RoleDeclaration>> into)
            {
                foreach (var type in types)
                {
                    var uri = (string?)type.Attribute(uriAttribute) ?? string.Empty;
                    if (uriAttribute == "arcroleURI" && !Uri.TryCreate(uri.Trim(), UriKind.Absolute, out _))
                    {
                        diagnostics.Report(Codes.RoleUriNotAbsolute, SafeXml.Span(schema.LocalPath, type), uri);
                    }

                    var usedOn = new HashSet<XName>();
                    foreach (var u in type.Elements(Dts.Link + "usedOn"))
                    {
                        var name = QNameText.Resolve(u, u.Value.Trim());
                        if (name is not null && !usedOn.Add(name))
                        {
                            diagnostics.Report(Codes.UsedOnDuplicate, SafeXml.Span(schema.LocalPath, u), uri, u.Value.Trim());
                        }
                    }

                    var declaration = new RoleDeclaration(uri, usedOn, (string?)type.Attribute("cyclesAllowed"), type, schema);
                    if (!into.TryGetValue(uri, out var list))
                    {
                        into[uri] = list = [];
                    }
                    else if (list.Any(other => other.Document == schema || !Equivalent(other, declaration)))
                    {
                        diagnostics.Report(Codes.RoleTypeDuplicate, SafeXml.Span(schema.LocalPath, type), uri);
                    }

                    list.Add(declaration);
                }
            }
        }
    }

    private static bool Equivalent(RoleDeclaration a, RoleDeclaration b) =>
        a.UsedOn.SetEquals(b.UsedOn) && a.CyclesAllowed == b.CyclesAllowed
        && string.Equals(a.Element.Element(Dts.Link + "definition")?.Value, b.Element.Element(Dts.Link + "definition")?.Value, StringComparison.Ordinal);
}
