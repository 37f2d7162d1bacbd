using System.Xml;
using System.Xml.Linq;

namespace XbrlGen.Xbrl;

/// <summary>
/// Reads a document made in memory as a tree (no text is written and parsed again), giving as its line number the place
/// of the root's child it stands in: line <c>n</c> is the root's <c>n</c>-th element child and everything inside it, line
/// 0 the root itself. A document made from the elements of others (an Inline XBRL document set's target) maps these
/// lines back to the places its elements came from.
/// </summary>
public sealed class TopLevelLineReader : XmlReader, IXmlLineInfo, IXmlNamespaceResolver
{
    private readonly XmlReader _inner;
    private int _element;

    public TopLevelLineReader(XDocument document)
    {
        _inner = document.CreateReader();
    }

    public int LineNumber => _inner.ReadState == ReadState.Interactive && _inner.Depth >= 1 ? _element : 0;

    public int LinePosition => LineNumber > 0 ? 1 : 0;

    public bool HasLineInfo() => true;

    public override bool Read()
    {
        var read = _inner.Read();
        if (read && _inner.Depth == 1 && _inner.NodeType == XmlNodeType.Element)
        {
            _element++;
        }

        return read;
    }

    public override int AttributeCount => _inner.AttributeCount;

    public override string BaseURI => _inner.BaseURI;

    public override int Depth => _inner.Depth;

    public override bool EOF => _inner.EOF;

    public override bool IsEmptyElement => _inner.IsEmptyElement;

    public override bool IsDefault => _inner.IsDefault;

    public override string LocalName => _inner.LocalName;

    public override string NamespaceURI => _inner.NamespaceURI;

    public override XmlNameTable NameTable => _inner.NameTable;

    public override XmlNodeType NodeType => _inner.NodeType;

    public override string Prefix => _inner.Prefix;

    public override ReadState ReadState => _inner.ReadState;

    public override string Value => _inner.Value;

    public override bool HasValue => _inner.HasValue;

    public override string XmlLang => _inner.XmlLang;

    public override XmlSpace XmlSpace => _inner.XmlSpace;

    public override string GetAttribute(int i) => _inner.GetAttribute(i);

    public override string? GetAttribute(string name) => _inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => _inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => _inner.LookupNamespace(prefix);

    public override void MoveToAttribute(int i) => _inner.MoveToAttribute(i);

    public override bool MoveToAttribute(string name) => _inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => _inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => _inner.MoveToElement();

    public override bool MoveToFirstAttribute() => _inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => _inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => _inner.ReadAttributeValue();

    public override void ResolveEntity() => _inner.ResolveEntity();

    public IDictionary<string, string> GetNamespacesInScope(XmlNamespaceScope scope) =>
        (_inner as IXmlNamespaceResolver)?.GetNamespacesInScope(scope) ?? new Dictionary<string, string>();

    public string? LookupPrefix(string namespaceName) => (_inner as IXmlNamespaceResolver)?.LookupPrefix(namespaceName);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
