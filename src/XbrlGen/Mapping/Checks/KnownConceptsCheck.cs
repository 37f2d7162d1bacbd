using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>
/// Every concept a mapped line or a prose rule names is in the base taxonomy or the extension (XG0202), with the
/// nearest known concept as a did-you-mean: the same local name under another prefix (<c>us-gaap:Revenues</c> for
/// <c>gaap:Revenues</c>), else the nearest spelling.
/// </summary>
internal sealed class KnownConceptsCheck : IMappingCheck
{
    public void Check(MappingCheckContext context, DiagnosticBag diagnostics)
    {
        var named = context.Mapping.Tables.SelectMany(t => t.Lines).Select(l => (l.Concept, l.Span))
            .Concat(context.Mapping.Prose.Select(r => (r.Concept, r.Span)));
        foreach (var (concept, span) in named.Where(n => !context.Concepts.ContainsKey(n.Concept)))
        {
            if (Suggest(concept, context.Concepts.Keys) is { } near)
            {
                diagnostics.Report(Codes.UnknownConceptSuggested, span, concept, near);
            }
            else
            {
                diagnostics.Report(Codes.UnknownConcept, span, concept);
            }
        }
    }

    /// <summary>The known concept a misspelt or misprefixed name most likely meant, or null.</summary>
    public static string? Suggest(string concept, IEnumerable<string> known)
    {
        var names = known.Order(StringComparer.Ordinal).ToList();
        var local = concept[(concept.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var sameLocal = names.FirstOrDefault(k => k[(k.IndexOf(':', StringComparison.Ordinal) + 1)..] == local);
        if (sameLocal is not null)
        {
            return sameLocal;
        }

        var prefix = concept.Contains(':', StringComparison.Ordinal) ? concept[..concept.IndexOf(':', StringComparison.Ordinal)] : string.Empty;
        var samePrefix = names.Where(k => k.StartsWith(prefix + ":", StringComparison.Ordinal)).ToList();
        return DidYouMean.Nearest(concept, samePrefix.Count > 0 ? samePrefix : names);
    }
}
