using System.Xml;
using System.Xml.Linq;

namespace XbrlGen.Xbrl;

/// <summary>QNames written as text (in element content or an attribute), resolved once for trees and readers alike.</summary>
public static class QNameText
{
    /// <summary>A QName in element content, resolved with the in-scope namespaces of the element.</summary>
    public static XName? Resolve(XElement scope, string text) =>
        Resolve(text, prefix => prefix.Length == 0 ? scope.GetDefaultNamespace().NamespaceName : scope.GetNamespaceOfPrefix(prefix)?.NamespaceName);

    /// <summary>A QName resolved with <paramref name="namespaceOf"/> (a prefix's namespace, "" for none; null for an undeclared prefix): on a tree or where a reader stands.</summary>
    public static XName? Resolve(string text, Func<string, string?> namespaceOf)
    {
        var i = text.IndexOf(':', StringComparison.Ordinal);
        var prefix = i < 0 ? string.Empty : text[..i];
        var local = i < 0 ? text : text[(i + 1)..];
        if (local.Length == 0 || !XmlReaderNames.IsNcName(local) || (i >= 0 && !XmlReaderNames.IsNcName(prefix)))
        {
            return null;
        }

        return namespaceOf(prefix) is { } ns ? XNamespace.Get(ns) + local : null;
    }
}

/// <summary>XML name checks without allocating a reader.</summary>
public static class XmlReaderNames
{
    public static bool IsNcName(string s)
    {
        try
        {
            XmlConvert.VerifyNCName(s);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
