using System.Xml.Linq;

namespace XbrlGen.Xbrl;

/// <summary>What a document of a DTS is, by its root element.</summary>
public enum DtsDocumentKind
{
    Schema,
    Linkbase,
    Other,
}

/// <summary>A document of a discoverable taxonomy set: its URI (an official URL or a file URI), its local copy, content and content hash.</summary>
public sealed class DtsDocument(string uri, string localPath, XDocument xml, DtsDocumentKind kind, ContentHash hash)
{
    private Dictionary<string, XElement>? _ids;

    public string Uri { get; } = uri;

    public string LocalPath { get; } = localPath;

    public XDocument Xml { get; } = xml;

    public DtsDocumentKind Kind { get; } = kind;

    /// <summary>The SHA-256 of the bytes <see cref="Xml"/> was parsed from.</summary>
    public ContentHash Hash { get; } = hash;

    public bool IsSchema => Kind == DtsDocumentKind.Schema;

    /// <summary>Reached only through xsi:schemaLocation hints: used to validate, but not part of the DTS proper.</summary>
    public bool HintOnly { get; init; }

    /// <summary>The schema's target namespace (schemas only).</summary>
    public string TargetNamespace => (string?)Xml.Root?.Attribute("targetNamespace") ?? string.Empty;

    /// <summary>The element an XPointer fragment identifies: a shorthand <c>id</c>, or an <c>element(...)</c> scheme pointer.</summary>
    public XElement? Find(string fragment)
    {
        if (fragment.Length == 0)
        {
            return Xml.Root;
        }

        if (fragment.StartsWith("element(", StringComparison.Ordinal) && fragment.EndsWith(')') && fragment.Count(ch => ch == '(') == 1)
        {
            return FindByElementScheme(fragment["element(".Length..^1]);
        }

        if (fragment.Contains('(', StringComparison.Ordinal))
        {
            // Other XPointer schemes, or several pointer parts: the first that identifies an element wins.
            foreach (var part in fragment.Split(')', StringSplitOptions.RemoveEmptyEntries))
            {
                var p = part.Trim();
                if (p.StartsWith("element(", StringComparison.Ordinal) && FindByElementScheme(p["element(".Length..]) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        _ids ??= Xml.Descendants().Where(e => e.Attribute("id") is not null)
            .GroupBy(e => (string)e.Attribute("id")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _ids.GetValueOrDefault(fragment);
    }

    private XElement? FindByElementScheme(string pointer)
    {
        // element(id/2/1) starts at the element with that id, element(/1/2) at the document (current null).
        var steps = pointer.Split('/');
        var current = steps[0].Length > 0 ? Find(steps[0]) : null;
        if (steps[0].Length > 0 && current is null)
        {
            return null;
        }

        for (var i = 1; i < steps.Length; i++)
        {
            if (!int.TryParse(steps[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return null;
            }

            var children = current is null ? (Xml.Root is null ? [] : [Xml.Root]) : current.Elements();
            current = children.Skip(n - 1).FirstOrDefault();
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
