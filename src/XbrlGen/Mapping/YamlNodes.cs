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

    /// <summary>A <c>{ en: ..., ja: ... }</c> pair.</summary>
    public (string En, string Ja) Bilingual(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is YamlMappingNode pair)
        {
            return (Text(pair, "en") ?? string.Empty, Text(pair, "ja") ?? string.Empty);
        }

        if (node is YamlScalarNode scalar)
        {
            return (scalar.Value ?? string.Empty, string.Empty);
        }

        return (string.Empty, string.Empty);
    }
}
