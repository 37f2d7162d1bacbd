namespace XbrlGen.Xbrl;

/// <summary>A qualified name: namespace, the prefix it is written with, and local name.</summary>
public sealed record QName(string Prefix, string Namespace, string LocalName)
{
    public string Prefixed => Prefix.Length == 0 ? LocalName : Prefix + ":" + LocalName;

    /// <summary>The expanded name (namespace and local name; the prefix is only how it was written).</summary>
    public System.Xml.Linq.XName Expanded => System.Xml.Linq.XNamespace.Get(Namespace) + LocalName;

    /// <summary>An expanded name with the prefix it was written with: the text before the colon of <paramref name="written"/>, if any.</summary>
    public static QName Of(System.Xml.Linq.XName name, string written)
    {
        var colon = written.IndexOf(':', StringComparison.Ordinal);
        return new QName(colon < 0 ? string.Empty : written[..colon].Trim(), name.NamespaceName, name.LocalName);
    }

    public override string ToString() => Prefixed;
}
