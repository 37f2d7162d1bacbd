using System.Xml;

namespace XbrlGen.Xbrl;

/// <summary>
/// One element of a reader, seen as a document of its own: it starts on the element and ends after its end tag, so that
/// <c>XElement.Load</c> can take one top-level element of a large document at a time, with line information. Unlike
/// <see cref="XmlReader.ReadSubtree"/> it keeps no namespace scope or node data of its own: every call goes to the
/// underlying reader, which stands on the element's end tag (or the empty element) when this one is done. Line
/// information is given for elements only: a tree loaded from it carries a line on each element, none on its
/// attributes and text (whose place is their element's), which halves what the lines cost.
/// </summary>
public sealed class ElementReader : XmlReader, IXmlLineInfo
{
    private readonly XmlReader _inner;
    private readonly int _depth;
    private bool _done;

    /// <param name="inner">A reader standing on an element.</param>
    public ElementReader(XmlReader inner)
    {
        if (inner.NodeType != XmlNodeType.Element)
        {
            throw new ArgumentException("the reader must stand on an element", nameof(inner));
        }

        _inner = inner;
        _depth = inner.Depth;
    }

    public override bool Read()
    {
        if (_done)
        {
            return false;
        }

        _inner.MoveToElement();
        if (_inner.Depth == _depth && (_inner.NodeType == XmlNodeType.EndElement || (_inner.NodeType == XmlNodeType.Element && _inner.IsEmptyElement)))
        {
            _done = true;
            return false;
        }

        return _inner.Read();
    }

    public override XmlNodeType NodeType => _done ? XmlNodeType.None : _inner.NodeType;

    public override bool EOF => _done;

    public override ReadState ReadState => _done ? ReadState.EndOfFile : ReadState.Interactive;

    public override int Depth => _done ? 0 : _inner.Depth - _depth;

    public override string LocalName => _done ? string.Empty : _inner.LocalName;

    public override string NamespaceURI => _done ? string.Empty : _inner.NamespaceURI;

    public override string Prefix => _done ? string.Empty : _inner.Prefix;

    public override string Value => _done ? string.Empty : _inner.Value;

    public override bool IsEmptyElement => !_done && _inner.IsEmptyElement;

    public override int AttributeCount => _done ? 0 : _inner.AttributeCount;

    public override string BaseURI => _inner.BaseURI;

    public override XmlNameTable NameTable => _inner.NameTable;

    public override string GetAttribute(int i) => _inner.GetAttribute(i);

    public override string? GetAttribute(string name) => _inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => _inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => _inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => !_done && _inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => !_done && _inner.MoveToAttribute(name, ns);

    public override void MoveToAttribute(int i) => _inner.MoveToAttribute(i);

    public override bool MoveToElement() => !_done && _inner.MoveToElement();

    public override bool MoveToFirstAttribute() => !_done && _inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => !_done && _inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => !_done && _inner.ReadAttributeValue();

    public override void ResolveEntity() => _inner.ResolveEntity();

    public bool HasLineInfo() => !_done && _inner.NodeType == XmlNodeType.Element && _inner is IXmlLineInfo info && info.HasLineInfo();

    public int LineNumber => _inner is IXmlLineInfo info ? info.LineNumber : 0;

    public int LinePosition => _inner is IXmlLineInfo info ? info.LinePosition : 0;
}
