using XbrlGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace XbrlGen.Mapping;

/// <summary>Reads mapping YAML as nodes that remember their file and line, so every mapping error can say where it is.</summary>
internal sealed class YamlNodes(string file, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public YamlMappingNode? LoadRoot()
    {
        try
        {
            using var reader = new StreamReader(File, System.Text.Encoding.UTF8);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Diagnostics.Report(Codes.MappingNotAMapping, new SourceSpan(File, 1, 1));
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            Diagnostics.Report(Codes.YamlSyntax, new SourceSpan(File, (int)ex.Start.Line, (int)ex.Start.Column), ex.InnerException?.Message ?? ex.Message);
            return null;
        }
    }

    public SourceSpan Span(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>
    /// Reports every key of <paramref name="map"/> that is not one of <paramref name="allowed"/> (XG0220), with the
    /// nearest allowed key as a did-you-mean, or the list of keys when none is near. <paramref name="where"/> names the
    /// section for the message (<c>a line of mapping.yaml</c>).
    /// </summary>
    public void Keys(YamlMappingNode map, string where, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = key is YamlScalarNode s ? s.Value ?? string.Empty : key.ToString();
            if (Array.IndexOf(allowed, name) >= 0)
            {
                continue;
            }

            var hint = DidYouMean.Nearest(name, allowed) is { } near
                ? $"; did you mean '{near}'?"
                : $"; the keys here are: {string.Join(", ", allowed)}";
            Diagnostics.Report(Codes.UnknownKey, Span(key), name, where, hint);
        }
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? Text(YamlMappingNode map, string key, bool required = false)
    {
        var node = Get(map, key);
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        if (node is not null)
        {
            Diagnostics.Report(Codes.SingleValueExpected, Span(node), key);
        }
        else if (required)
        {
            Diagnostics.Report(Codes.KeyRequired, Span(map), key);
        }

        return null;
    }

    public bool Flag(YamlMappingNode map, string key)
    {
        var text = Text(map, key);
        if (text is null)
        {
            return false;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        Diagnostics.Report(Codes.FlagExpected, Span(Get(map, key)!), key);
        return false;
    }

    public IEnumerable<YamlMappingNode> Items(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode seq)
        {
            Diagnostics.Report(Codes.ListExpected, Span(node), key);
            yield break;
        }

        foreach (var item in seq)
        {
            if (item is YamlMappingNode m)
            {
                yield return m;
            }
            else
            {
                Diagnostics.Report(Codes.ListItemMappingExpected, Span(item), key);
            }
        }
    }

    public IReadOnlyList<(string Value, SourceSpan Span)> Strings(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode seq)
        {
            foreach (var item in seq.Where(i => i is not YamlScalarNode))
            {
                Diagnostics.Report(Codes.ListOfValuesExpected, Span(item), key);
            }

            return seq.OfType<YamlScalarNode>().Select(s => (s.Value ?? string.Empty, Span(s))).ToList();
        }

        Diagnostics.Report(Codes.ListExpected, Span(node), key);
        return [];
    }

    /// <summary>A mapping of single values (<c>{ axis: member }</c>), in order.</summary>
    public IReadOnlyList<(string Key, string Value)> Pairs(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is YamlMappingNode pairs && pairs.Children.All(c => c.Key is YamlScalarNode && c.Value is YamlScalarNode))
        {
            return pairs.Children.Select(c => (((YamlScalarNode)c.Key).Value ?? string.Empty, ((YamlScalarNode)c.Value).Value ?? string.Empty)).ToList();
        }

        Diagnostics.Report(Codes.MappingOfValuesExpected, Span(node), key);
        return [];
    }

    /// <summary>
    /// A label in English and Japanese: <c>{ en: ..., ja: ... }</c>, either language alone (<c>{ en: ... }</c>), or a
    /// plain text, which is English unless it is written in Japanese script. A missing language is empty.
    /// </summary>
    public (string En, string Ja) Bilingual(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is YamlMappingNode pair)
        {
            Keys(pair, $"'{key}'", "en", "ja");
            return (Text(pair, "en") ?? string.Empty, Text(pair, "ja") ?? string.Empty);
        }

        if (node is YamlScalarNode scalar)
        {
            var text = scalar.Value ?? string.Empty;
            return Reading.TextCleaner.HasCjk(text) ? (string.Empty, text) : (text, string.Empty);
        }

        if (node is not null)
        {
            Diagnostics.Report(Codes.LabelExpected, Span(node), key);
        }

        return (string.Empty, string.Empty);
    }
}
