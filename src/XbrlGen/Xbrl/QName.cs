namespace XbrlGen.Xbrl;

/// <summary>A qualified name: namespace, the prefix it is written with, and local name.</summary>
public sealed record QName(string Prefix, string Namespace, string LocalName)
{
    public string Prefixed => Prefix.Length == 0 ? LocalName : Prefix + ":" + LocalName;

    public override string ToString() => Prefixed;
}
