using System.Globalization;
using System.Net.Sockets;
using System.Net;
using System.Text;
using XbrlGen.Diagnostics;
using XbrlGen.Validation.Inline;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Security;

/// <summary>
/// <c>xbrlgen validate</c> and <see cref="SafeXml"/> on XML written to hurt: DTDs and entities (internal, external,
/// billion laughs), references to the network or outside the allowed folders, deep nesting and huge documents.
/// Each is a coded error with exit 2, never expanded, fetched or read.
/// </summary>
public class HostileXmlTests
{
    private const string Secret = "XBRLGEN-SECRET-7f3a9c";

    private const string Namespaces = "xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>An instance whose only content is a schemaRef to <paramref name="href"/>.</summary>
    private static string InstanceReferring(string href) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbrli:xbrl {Namespaces}>\n  <link:schemaRef xlink:type=\"simple\" xlink:href=\"{href}\"/>\n</xbrli:xbrl>\n";

    public static TheoryData<string, string> Dtds => new()
    {
        {
            "internal entity",
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE xbrli:xbrl [\n  <!ENTITY name \"{Secret}\">\n]>\n<xbrli:xbrl {Namespaces}>&name;</xbrli:xbrl>\n"
        },
        {
            "external entity, the secret file",
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE xbrli:xbrl [\n  <!ENTITY leak SYSTEM \"SECRET_URI\">\n]>\n<xbrli:xbrl {Namespaces}>&leak;</xbrli:xbrl>\n"
        },
        {
            "external entity, /etc/passwd",
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE xbrli:xbrl [\n  <!ENTITY leak SYSTEM \"file:///etc/passwd\">\n]>\n<xbrli:xbrl {Namespaces}>&leak;</xbrli:xbrl>\n"
        },
        {
            "billion laughs",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n" + string.Concat(Enumerable.Range(1, 9).Select(i =>
                $"  <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">\n")) + $"]>\n<xbrli:xbrl {Namespaces}>&lol9;</xbrli:xbrl>\n"
        },
        {
            "external DTD",
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE xbrli:xbrl SYSTEM \"http://example.com/evil.dtd\">\n<xbrli:xbrl {Namespaces}/>\n"
        },
        {
            "parameter entity",
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE xbrli:xbrl [\n  <!ENTITY % remote SYSTEM \"SECRET_URI\">\n  %remote;\n]>\n<xbrli:xbrl {Namespaces}/>\n"
        },
    };

    [Theory]
    [MemberData(nameof(Dtds))]
    public void A_DTD_is_refused_with_XG0700_and_never_expanded(string name, string xml)
    {
        var dir = TestPaths.TempDir();
        var secret = Write(dir, "secret.txt", Secret + "\n");
        var file = Write(dir, "instance.xml", xml.Replace("SECRET_URI", new Uri(secret).AbsoluteUri, StringComparison.Ordinal));

        var (exit, output, error) = Outcome.Cli("validate", file);

        Assert.Equal(2, exit);
        Assert.Contains($"{file}(", output, StringComparison.Ordinal);
        Assert.Contains($"error {Codes.XmlDtd.Code}: DTDs and entity declarations are not allowed", output, StringComparison.Ordinal);
        Assert.EndsWith($"{file}: not validated: unreadable (1 error)", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
        foreach (var leaked in new[] { Secret, "lollollol", "root:" })
        {
            Assert.DoesNotContain(leaked, output, StringComparison.Ordinal);
        }

        var bag = new DiagnosticBag();
        Assert.Null(SafeXml.Load(file, bag));
        Assert.Equal(Codes.XmlDtd.Code, Assert.Single(bag.Items).Code);
        Assert.True(bag.Items[0].Span.Line is 2, name + ": " + bag.Items[0]);
    }

    [Theory]
    [InlineData("http://example.com/x.xsd")]
    [InlineData("https://example.com/taxonomy/x.xsd")]
    public void A_schemaRef_to_the_network_is_refused_with_XG0702(string href)
    {
        var dir = TestPaths.TempDir();
        Write(dir, "outside.xsd", "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"/>\n");
        var file = Write(dir, Path.Combine("a", "b", "c", "instance.xml"), InstanceReferring(href));

        var (exit, output, _) = Outcome.Cli("validate", file);

        Assert.Equal(2, exit);
        Assert.Contains($"{file}(3,4): error {Codes.XmlRefRefused.Code}: reference '", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Codes.XmlRefUnresolved.Code, output, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", output, StringComparison.Ordinal);
    }

    /// <summary>Taxonomies on disk reference each other across folders (<c>../../lib/base/primary.xsd</c>); Arelle follows them, and so does validate.</summary>
    [Theory]
    [InlineData("../../../outside.xsd")]
    [InlineData("OUTSIDE_AS_FILE_URL")]
    public void A_local_schemaRef_outside_the_instance_folder_is_followed(string href)
    {
        var dir = TestPaths.TempDir();
        var outside = Write(dir, "outside.xsd", "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"http://example.com/outside\"/>\n");
        var file = Write(dir, Path.Combine("a", "b", "c", "instance.xml"), InstanceReferring(href == "OUTSIDE_AS_FILE_URL" ? new Uri(outside).AbsoluteUri : href));

        var (exit, output, _) = Outcome.Cli("validate", file);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain(Codes.XmlRefRefused.Code, output, StringComparison.Ordinal);
        Assert.Contains(": valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linkbaseRef_or_import_in_an_extension_schema_to_the_network_is_refused_with_XG0702()
    {
        var dir = TestPaths.TempDir();
        Write(dir, "ext.xsd", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" {Namespaces} targetNamespace="http://example.com/ext">
              <xsd:annotation>
                <xsd:appinfo>
                  <link:linkbaseRef xlink:type="simple" xlink:href="http://example.com/lab.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
                </xsd:appinfo>
              </xsd:annotation>
              <xsd:import namespace="http://example.com/evil" schemaLocation="../evil/evil.xsd"/>
            </xsd:schema>

            """);
        var file = Write(dir, "instance.xml", InstanceReferring("ext.xsd"));

        var (exit, output, _) = Outcome.Cli("validate", file);

        Assert.Equal(2, exit);
        var ext = Path.Combine(dir, "ext.xsd");
        Assert.Contains($"{ext}(5,8): error {Codes.XmlRefRefused.Code}: reference 'http://example.com/lab.xml'", output, StringComparison.Ordinal);
        // The local import is followed (it leads out of the instance's folder) and is simply not there.
        Assert.Contains($"{ext}(8,4): error {Codes.XmlRefUnresolved.Code}: ", output, StringComparison.Ordinal);
    }

    /// <summary>A listener on the loopback stands for the network: had anything tried to fetch, a connection would be waiting.</summary>
    [Fact]
    public void No_connection_is_ever_attempted_for_a_network_reference()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/x.xsd";
        var dir = TestPaths.TempDir();
        var instance = Write(dir, "instance.xml", InstanceReferring(url));
        var schema = Write(dir, "schema.xsd", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="http://example.com/s">
              <xsd:import namespace="http://example.com/x" schemaLocation="{url}"/>
            </xsd:schema>

            """);

        var (instanceExit, instanceOutput, _) = Outcome.Cli("validate", instance);
        var (schemaExit, schemaOutput, _) = Outcome.Cli("validate", schema);

        Assert.Equal(2, instanceExit);
        Assert.Equal(2, schemaExit);
        Assert.Contains($"error {Codes.XmlRefRefused.Code}: reference '{url}'", instanceOutput, StringComparison.Ordinal);
        Assert.Contains($"error {Codes.XmlRefRefused.Code}: reference '{url}'", schemaOutput, StringComparison.Ordinal);
        Assert.False(listener.Pending(), "something connected to " + url);
    }

    [Fact]
    public void Nesting_100000_elements_deep_is_refused_with_XG0703()
    {
        const int depth = 100_000;
        var dir = TestPaths.TempDir();
        var sb = new StringBuilder($"<?xml version=\"1.0\"?>\n<xbrli:xbrl {Namespaces}>\n");
        sb.Insert(sb.Length, "<a>", depth).Insert(sb.Length, "</a>", depth).Append("\n</xbrli:xbrl>\n");
        var file = Write(dir, "deep.xml", sb.ToString());

        var (exit, output, _) = Outcome.Cli("validate", file);

        Assert.Equal(2, exit);
        Assert.Contains($"{file}(3,", output, StringComparison.Ordinal);
        Assert.Contains($"error {Codes.XmlTooLarge.Code}: XML exceeds a safety limit: elements nested deeper than {SafeXml.MaxDepth}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_with_XG0703_before_it_is_read()
    {
        // One text node of MaxBytes characters: written in chunks, never held in memory, and never parsed.
        var dir = TestPaths.TempDir();
        var file = Path.Combine(dir, "huge.xml");
        using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<xbrli:xbrl {Namespaces}><a>"));
            var chunk = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (long written = 0; written < SafeXml.MaxBytes; written += chunk.Length)
            {
                stream.Write(chunk);
            }

            stream.Write("</a></xbrli:xbrl>\n"u8);
        }

        try
        {
            var (exit, output, _) = Outcome.Cli("validate", file);

            Assert.Equal(2, exit);
            Assert.Contains($"{file}: error {Codes.XmlTooLarge.Code}: XML exceeds a safety limit: the file is {new FileInfo(file).Length.ToString(CultureInfo.InvariantCulture)} bytes, over the limit of {SafeXml.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes", output, StringComparison.Ordinal);
            Assert.EndsWith($"{file}: not validated: unreadable (1 error)", output.TrimEnd(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_long_text_node_under_the_limit_is_read_once_and_judged_by_the_rules()
    {
        // 4 MiB in a fact value: the document is readable, so the verdict is the validator's (a coded error), not a crash.
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(TestPaths.Layout.Output))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var instance = Path.Combine(dir, "iij-20030630.xml");
        var text = File.ReadAllText(instance);
        const string name = ">Internet Initiative Japan Inc.<";
        Assert.Contains(name, text, StringComparison.Ordinal);
        File.WriteAllText(instance, text.Replace(name, ">" + new string('x', 4 << 20) + "<", StringComparison.Ordinal));

        var (exit, output, _) = Outcome.Cli("validate", instance);

        Assert.Equal(0, exit);
        Assert.StartsWith($"{instance}: valid (", output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_page_with_an_entity_is_refused_never_expanded()
    {
        var dir = TestPaths.TempDir();
        var secret = Write(dir, "secret.txt", Secret);
        var page = Write(dir, "page.xhtml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html [<!ENTITY x SYSTEM "{new Uri(secret).AbsoluteUri}">]>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><p>&x;</p></body></html>
            """);
        var bag = new DiagnosticBag();
        Assert.Null(InlineXbrlReader.Read([page], bag));
        Assert.Contains(bag.Items, d => d.Code == Codes.XmlDtd.Code);
        Assert.DoesNotContain(bag.Items, d => d.Message.Contains(Secret, StringComparison.Ordinal));

        var (exit, output, _) = Outcome.Cli(["validate", page]);
        Assert.Equal(2, exit);
        Assert.Contains(Codes.XmlDtd.Code, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_page_whose_schema_is_on_the_network_is_refused_not_fetched()
    {
        var dir = TestPaths.TempDir();
        var page = Write(dir, "page.xhtml", """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrli="http://www.xbrl.org/2003/instance">
            <body><div style="display:none"><ix:header><ix:references><link:schemaRef xlink:type="simple" xlink:href="http://example.com/evil.xsd"/></ix:references><ix:resources/></ix:header></div></body></html>
            """);
        var bag = new DiagnosticBag();
        InlineValidator.Validate([page], TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, new DiagnosticBag())!, new ValidationOptions(), bag);
        Assert.Contains(bag.Items, d => d.Code == Codes.XmlRefRefused.Code && d.Span.File == page);
    }
}
