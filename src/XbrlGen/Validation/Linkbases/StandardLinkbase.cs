using System.Xml.Linq;

namespace XbrlGen.Validation.Linkbases;

/// <summary>
/// What XBRL 2.1 fixes about linkbases: the standard arcroles (the arc each belongs on, the cycles it allows), the
/// standard roles and where they may be used, the standard extended links with their resource and arc elements, and the
/// syntax of XPointers and xml:lang.
/// </summary>
public static class StandardLinkbase
{
    private static readonly XNamespace L = Dts.Link;

    /// <summary>The arc each standard arcrole belongs on, and the cycles it allows (XBRL 2.1 section 5.2).</summary>
    public static readonly IReadOnlyDictionary<string, (XName Arc, string Cycles)> StandardArcroles = new Dictionary<string, (XName, string)>(StringComparer.Ordinal)
    {
        [Networks.ConceptLabel] = (L + "labelArc", "any"),
        [Networks.ConceptReference] = (L + "referenceArc", "any"),
        [Networks.SummationItem] = (L + "calculationArc", "any"),
        [Networks.ParentChild] = (L + "presentationArc", "undirected"),
        [Networks.GeneralSpecial] = (L + "definitionArc", "undirected"),
        [Networks.EssenceAlias] = (L + "definitionArc", "undirected"),
        [Networks.SimilarTuples] = (L + "definitionArc", "any"),
        [Networks.RequiresElement] = (L + "definitionArc", "any"),
        [Networks.FactFootnote] = (L + "footnoteArc", "any"),
    };

    private static readonly string[] LabelRoles =
    [
        "label", "terseLabel", "verboseLabel", "positiveLabel", "positiveTerseLabel", "positiveVerboseLabel", "negativeLabel",
        "negativeTerseLabel", "negativeVerboseLabel", "zeroLabel", "zeroTerseLabel", "zeroVerboseLabel", "totalLabel", "periodStartLabel",
        "periodEndLabel", "documentation", "definitionGuidance", "disclosureGuidance", "presentationGuidance", "measurementGuidance",
        "commentaryGuidance", "exampleGuidance",
    ];

    private static readonly string[] ReferenceRoles =
    [
        "reference", "definitionRef", "disclosureRef", "mandatoryDisclosureRef", "recommendedDisclosureRef", "unspecifiedDisclosureRef",
        "presentationRef", "measurementRef", "commentaryRef", "exampleRef",
    ];

    private static readonly string[] LinkbaseRefRoles = ["calculationLinkbaseRef", "definitionLinkbaseRef", "labelLinkbaseRef", "presentationLinkbaseRef", "referenceLinkbaseRef"];

    /// <summary>The standard extended links, with the locator, resource and arc elements allowed in them.</summary>
    public static readonly IReadOnlyDictionary<XName, (XName? Resource, XName Arc)> StandardLinks = new Dictionary<XName, (XName? Resource, XName Arc)>
    {
        [L + "labelLink"] = (L + "label", L + "labelArc"),
        [L + "referenceLink"] = (L + "reference", L + "referenceArc"),
        [L + "calculationLink"] = (null, L + "calculationArc"),
        [L + "definitionLink"] = (null, L + "definitionArc"),
        [L + "presentationLink"] = (null, L + "presentationArc"),
        [L + "footnoteLink"] = (L + "footnote", L + "footnoteArc"),
    };

    /// <summary>Whether a role is a standard XBRL 2.1 role, and the element it belongs on (null: any extended link).</summary>
    public static bool IsStandardRole(string role, out XName? allowedOn)
    {
        var local = role.StartsWith(Networks.RoleBase, StringComparison.Ordinal) ? role[Networks.RoleBase.Length..] : null;
        allowedOn = local switch
        {
            _ when LabelRoles.Contains(local) => L + "label",
            _ when ReferenceRoles.Contains(local) => L + "reference",
            _ when LinkbaseRefRoles.Contains(local) => L + "linkbaseRef",
            "footnote" => L + "footnote",
            _ => null,
        };
        return allowedOn is not null || local == "link";
    }

    /// <summary>xs:language: <c>[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*</c> (or empty, which xml:lang allows).</summary>
    public static bool IsLanguage(string text) =>
        text.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(text, "^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>XBRL 2.1 section 3.5.4: shorthand pointers and element() scheme pointers only.</summary>
    public static bool PointerAllowed(string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return true;
        }

        var fragment = Uri.UnescapeDataString(href[(hash + 1)..]);
        if (!fragment.Contains('(', StringComparison.Ordinal))
        {
            return true;
        }

        var rest = fragment.Trim();
        while (rest.Length > 0)
        {
            if (!rest.StartsWith("element(", StringComparison.Ordinal))
            {
                return false;
            }

            var close = rest.IndexOf(')', StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            rest = rest[(close + 1)..].TrimStart();
        }

        return true;
    }
}
