using System.Collections.Concurrent;
using System.Xml.Schema;
using XbrlGen.Validation.Profiles;
using XbrlGen.Validation.Taxonomies;

namespace XbrlGen.Validation;

/// <summary>
/// What validations may share: compiled DTSs (<see cref="DtsCache"/>), the compiled Inline XBRL schemas, and the Units
/// Registries read. Made by the caller and handed down with the options (<see cref="ValidationOptions.Caches"/>): the
/// command line makes one per run, a test one per test, so nothing is kept process-wide. Validations that share one
/// (the two sides of a diff, generate's instance and its Inline target) load a DTS once, even at the same time.
/// </summary>
public sealed class ValidationCaches
{
    internal DtsCache Dts { get; } = new();

    /// <summary>The Inline XBRL schemas, compiled once per taxonomy folder and schema URL.</summary>
    internal ConcurrentDictionary<string, Lazy<XmlSchemaSet?>> InlineSchemas { get; } = new(StringComparer.Ordinal);

    /// <summary>The Units Registries read, by local path, with the time the file had when read.</summary>
    internal ConcurrentDictionary<string, (DateTime Written, UnitsRegistry Registry)> UnitsRegistries { get; } = new(StringComparer.Ordinal);
}
