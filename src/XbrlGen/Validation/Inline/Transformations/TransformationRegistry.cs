using System.Collections.Frozen;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>
/// A transformation: the text a fact shows (XML whitespace at either end already removed) to the value the target
/// document holds, in the lexical space of its output type; null when the text is not in the transformation's format.
/// </summary>
public delegate string? Transform(string input);

/// <summary>Which registry a transformation namespace belongs to.</summary>
public enum RegistryKind
{
    /// <summary>Transformation Registry 1 (2010-04-20), and the 2008 namespace of Inline XBRL 1.0's drafts.</summary>
    Tr1,
    Tr2,
    Tr3,
    Tr4,
    Tr5,
    /// <summary>The SEC's registry (ixt-sec, 2015-08-31).</summary>
    Sec,
}

/// <summary>One version of a transformation registry: its namespace, its name for messages, and its transformations by local name.</summary>
public sealed record TransformationRegistry(string Namespace, RegistryKind Kind, string Name, FrozenDictionary<string, Transform> Transformations)
{
    public bool Defines(string localName) => Transformations.ContainsKey(localName);

    /// <summary>Applies a transformation the registry defines to the text shown; null when the text is refused.</summary>
    public string? Apply(string localName, string shown) =>
        Transformations.TryGetValue(localName, out var transform) ? transform(Lexical.TrimXml(shown)) : null;
}

/// <summary>Every transformation registry an Inline XBRL document can name, by namespace.</summary>
public static class TransformationRegistries
{
    public const string Tr2008 = "http://www.xbrl.org/2008/inlineXBRL/transformation";
    public const string Tr1 = "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20";
    public const string Tr2 = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31";
    public const string Tr3 = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26";
    public const string Tr4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
    public const string Tr5 = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16";
    public const string Sec = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31";

    private static readonly Lazy<FrozenDictionary<string, TransformationRegistry>> Registries = new(Build);

    public static IReadOnlyCollection<TransformationRegistry> All => Registries.Value.Values;

    /// <summary>The registry of a namespace, or null when the namespace is no transformation registry's.</summary>
    public static TransformationRegistry? For(string ns) => Registries.Value.GetValueOrDefault(ns);

    /// <summary>Whether a namespace is one of a transformation registry (a page declares it, the target document does not).</summary>
    public static bool IsRegistry(string ns) => Registries.Value.ContainsKey(ns);

    private static FrozenDictionary<string, TransformationRegistry> Build()
    {
        var tr1 = Tr1Transforms.All();
        var tr2 = Tr2Transforms.All();
        var tr3 = Tr3Transforms.All(tr2);
        var tr4 = Tr4Transforms.All();
        var tr5 = Tr5Transforms.All(tr4);
        var registries = new[]
        {
            new TransformationRegistry(Tr2008, RegistryKind.Tr1, "the 2008 transformation namespace of Inline XBRL 1.0 (Transformation Registry 1)", tr1),
            new TransformationRegistry(Tr1, RegistryKind.Tr1, "Transformation Registry 1 (2010-04-20)", tr1),
            new TransformationRegistry(Tr2, RegistryKind.Tr2, "Transformation Registry 2 (2011-07-31)", tr2),
            new TransformationRegistry(Tr3, RegistryKind.Tr3, "Transformation Registry 3 (2015-02-26)", tr3),
            new TransformationRegistry(Tr4, RegistryKind.Tr4, "Transformation Registry 4 (2020-02-12)", tr4),
            new TransformationRegistry(Tr5, RegistryKind.Tr5, "Transformation Registry 5 (2022-02-16)", tr5),
            new TransformationRegistry(Sec, RegistryKind.Sec, "the SEC's transformation registry (2015-08-31)", SecTransforms.All()),
        };
        return registries.ToFrozenDictionary(r => r.Namespace, StringComparer.Ordinal);
    }
}
