using XbrlGen.Validation.Instances;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Validation;

/// <summary>
/// Dimensional mutations of the generated filing (XBRL Dimensions 1.0), each with the verdict and the xbrldte/xbrldie
/// codes Arelle gives the same files (checked by hand with Arelle, the base taxonomy loaded as a package): the validator
/// must reach the same verdict and report exactly those dimensional codes. Definition linkbase mutations change the
/// first role that holds the text.
/// </summary>
public partial class AgreementTests
{
    private const string DefinitionLinkbase = "iij-20030630_def.xml";

    public static TheoryData<string, string, string, string, bool, string> DimensionalMutations => new()
    {
        { "member outside its domain", Instance, "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>", "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:IncomeStatementAbstract</xbrldi:explicitMember>", false, "xbrldie:PrimaryItemDimensionallyInvalidError" },
        { "dimension that is not one", Instance, "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>", "<xbrldi:explicitMember dimension=\"gaap:Revenues\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>", false, "xbrldie:ExplicitMemberNotExplicitDimensionError xbrldie:PrimaryItemDimensionallyInvalidError" },
        { "default member written", Instance, "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>", "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">gaap:ProductsAndServicesDomain</xbrldi:explicitMember>", false, "xbrldie:DefaultValueUsedInInstanceError" },
        { "repeated dimension", Instance, "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>", "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>\n        <xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:SystemsIntegrationMember</xbrldi:explicitMember>", false, "xbrldie:RepeatedDimensionInInstanceError" },
        { "typed member on an explicit dimension", Instance, "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>", "<xbrldi:typedMember dimension=\"gaap:ProductOrServiceAxis\"><iij:Code xmlns:iij=\"http://www.iij.ad.jp/xbrl/iij\">1</iij:Code></xbrldi:typedMember>", false, "xbrldie:PrimaryItemDimensionallyInvalidError xbrldie:TypedMemberNotTypedDimensionError" },
        { "member that is no declaration", Instance, "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>", "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:NoSuchMember</xbrldi:explicitMember>", false, "xbrldie:ExplicitMemberUndefinedQNameError xbrldie:PrimaryItemDimensionallyInvalidError" },
        { "closed hypercube with other segment content", Instance, "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>", "<xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>\n        <ex:note xmlns:ex=\"http://example.com/ex\">x</ex:note>", false, "xbrldie:PrimaryItemDimensionallyInvalidError" },
        { "breakdown moved to the scenario", Instance, "      <xbrli:segment>\n        <xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>\n      </xbrli:segment>\n    </xbrli:entity>\n    <xbrli:period>\n      <xbrli:startDate>2003-04-01</xbrli:startDate>\n      <xbrli:endDate>2003-06-30</xbrli:endDate>\n    </xbrli:period>\n", "    </xbrli:entity>\n    <xbrli:period>\n      <xbrli:startDate>2003-04-01</xbrli:startDate>\n      <xbrli:endDate>2003-06-30</xbrli:endDate>\n    </xbrli:period>\n    <xbrli:scenario>\n      <xbrldi:explicitMember dimension=\"gaap:ProductOrServiceAxis\">iij:DialUpAccessServicesMember</xbrldi:explicitMember>\n    </xbrli:scenario>\n", true, "" },
        { "item without hypercube in a dimensional context", Instance, "<gaap:SellingAndMarketingExpense contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\">826979000</gaap:SellingAndMarketingExpense>", "<gaap:SellingAndMarketingExpense contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\">826979000</gaap:SellingAndMarketingExpense>\n  <gaap:SellingAndMarketingExpense contextRef=\"D20030401_20030630_DialUpAccessServicesMember\" unitRef=\"JPY\" decimals=\"-3\">1000</gaap:SellingAndMarketingExpense>", true, "" },
        { "all arc without contextElement", DefinitionLinkbase, "xlink:from=\"loc_gaap_Revenues\" xlink:to=\"loc_gaap_StatementTable\" order=\"1\" xbrldt:closed=\"true\" xbrldt:contextElement=\"segment\"", "xlink:from=\"loc_gaap_Revenues\" xlink:to=\"loc_gaap_StatementTable\" order=\"1\" xbrldt:closed=\"true\"", false, "xbrldte:HasHypercubeMissingContextElementAttributeError" },
        { "second default of a dimension", DefinitionLinkbase, "xlink:href=\"http://xbrlgen.org/taxonomy/2003/gaap.xsd#gaap_ProductsAndServicesDomain\" xlink:label=\"loc_gaap_ProductsAndServicesDomain_2\"", "xlink:href=\"http://xbrlgen.org/taxonomy/2003/gaap.xsd#gaap_ProductMember\" xlink:label=\"loc_gaap_ProductsAndServicesDomain_2\"", false, "xbrldte:TooManyDefaultMembersError" },
        { "hypercube-dimension from a primary item", DefinitionLinkbase, "xlink:from=\"loc_gaap_StatementTable\" xlink:to=\"loc_gaap_ProductOrServiceAxis\"", "xlink:from=\"loc_gaap_Revenues\" xlink:to=\"loc_gaap_ProductOrServiceAxis\"", false, "xbrldte:HypercubeDimensionSourceError" },
        { "directed cycle in a domain", DefinitionLinkbase, "<link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/domain-member\" xlink:from=\"loc_gaap_ProductsAndServicesDomain\" xlink:to=\"loc_iij_ConnectivityAndValueAddedServicesMember\" order=\"1\"/>", "<link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/domain-member\" xlink:from=\"loc_gaap_ProductsAndServicesDomain\" xlink:to=\"loc_iij_ConnectivityAndValueAddedServicesMember\" order=\"1\"/>\n    <link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/domain-member\" xlink:from=\"loc_iij_DialUpAccessServicesMember\" xlink:to=\"loc_gaap_ProductsAndServicesDomain\" order=\"9\"/>", false, "xbrldte:DRSDirectedCycleError" },
        { "primary item that is a member of its own axis", DefinitionLinkbase, "<link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/domain-member\" xlink:from=\"loc_gaap_ProductsAndServicesDomain\" xlink:to=\"loc_iij_ConnectivityAndValueAddedServicesMember\" order=\"1\"/>", "<link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/domain-member\" xlink:from=\"loc_gaap_ProductsAndServicesDomain\" xlink:to=\"loc_iij_ConnectivityAndValueAddedServicesMember\" order=\"1\"/>\n    <link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/domain-member\" xlink:from=\"loc_gaap_ProductsAndServicesDomain\" xlink:to=\"loc_gaap_Revenues\" order=\"9\"/>", false, "xbrldte:PrimaryItemPolymorphismError" },
        { "member made unusable", DefinitionLinkbase, "xlink:from=\"loc_iij_ConnectivityServicesMember\" xlink:to=\"loc_iij_DialUpAccessServicesMember\" order=\"2\"/>", "xlink:from=\"loc_iij_ConnectivityServicesMember\" xlink:to=\"loc_iij_DialUpAccessServicesMember\" order=\"2\" xbrldt:usable=\"false\"/>", true, "" },
    };

    [Theory]
    [MemberData(nameof(DimensionalMutations))]
    public void Verdict_on_a_dimensional_mutation_is_arelles(string mutation, string file, string from, string to, bool valid, string codes)
    {
        var dir = CopyOutput();
        var path = Path.Combine(dir, file);
        var text = File.ReadAllText(path);
        var i = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"{mutation}: the generated {file} no longer holds the text to mutate");
        File.WriteAllText(path, text[..i] + to + text[(i + from.Length)..]);

        var errors = ValidateIn(dir, new ValidationOptions()).Items.Where(d => d.IsError).ToList();
        Assert.True(valid == (errors.Count == 0), $"{mutation}: expected {(valid ? "valid" : "invalid")}, got: {string.Join("\n", errors)}");
        var dimensional = errors.Select(e => e.Code).Where(c => c.StartsWith("xbrld", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), dimensional);
    }

    public static TheoryData<string, string, bool, string> TypedMutations => new()
    {
        { "typed member valid", "<iij:ContractId>7</iij:ContractId>", true, "" },
        { "typed member not of its domain's type", "<iij:ContractId>seven</iij:ContractId>", false, "xmlSchema" },
        // xbrldi:typedMember's content is a strict xsd:any: an undeclared element is also an XML Schema error (Arelle,
        // validating it laxly, reports only the dimensional one; the verdict is the same).
        { "typed member of another element", "<ex:id xmlns:ex=\"http://example.com/ex\">7</ex:id>", false, "xbrldie:IllegalTypedDimensionContentError xmlSchema" },
        { "typed member empty", string.Empty, false, "xbrldie:IllegalTypedDimensionContentError xmlSchema" },
    };

    /// <summary>
    /// A typed dimension added to the extension schema (its domain an integer element), and a context giving it a value,
    /// used by one fact of a concept without hypercubes: the typed member's content decides the verdict, as in Arelle.
    /// </summary>
    [Theory]
    [MemberData(nameof(TypedMutations))]
    public void Verdict_on_a_typed_member_is_arelles(string mutation, string content, bool valid, string codes)
    {
        var dir = CopyOutput();
        var schemaPath = Path.Combine(dir, "iij-20030630.xsd");
        var schema = File.ReadAllText(schemaPath);
        var afterImports = schema.IndexOf('\n', schema.LastIndexOf("<xsd:import", StringComparison.Ordinal)) + 1;
        var firstElement = schema.IndexOf("  <xsd:element ", StringComparison.Ordinal);
        Assert.True(afterImports > 0 && firstElement > afterImports);
        File.WriteAllText(schemaPath, schema[..afterImports]
            + "  <xsd:import namespace=\"http://xbrl.org/2005/xbrldt\" schemaLocation=\"http://www.xbrl.org/2005/xbrldt-2005.xsd\"/>\n"
            + schema[afterImports..firstElement]
            + "  <xsd:element id=\"iij_ContractIdAxis\" name=\"ContractIdAxis\" type=\"xbrli:stringItemType\" substitutionGroup=\"xbrldt:dimensionItem\" abstract=\"true\" nillable=\"true\" xbrli:periodType=\"duration\" xmlns:xbrldt=\"http://xbrl.org/2005/xbrldt\" xbrldt:typedDomainRef=\"#iij_ContractId\"/>\n"
            + "  <xsd:element id=\"iij_ContractId\" name=\"ContractId\" type=\"xsd:integer\"/>\n"
            + schema[firstElement..]);

        const string context = "  <xbrli:context id=\"D20030401_20030630\">";
        const string fact = "<gaap:SellingAndMarketingExpense contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\">826979000</gaap:SellingAndMarketingExpense>";
        var instancePath = Path.Combine(dir, Instance);
        var instance = File.ReadAllText(instancePath);
        Assert.Contains(context, instance, StringComparison.Ordinal);
        Assert.Contains(fact, instance, StringComparison.Ordinal);
        var typed = "  <xbrli:context id=\"Typed\">\n    <xbrli:entity>\n      <xbrli:identifier scheme=\"http://www.sec.gov/CIK\">0001090633</xbrli:identifier>\n      <xbrli:segment>\n"
            + "        <xbrldi:typedMember dimension=\"iij:ContractIdAxis\">" + content + "</xbrldi:typedMember>\n      </xbrli:segment>\n    </xbrli:entity>\n"
            + "    <xbrli:period>\n      <xbrli:startDate>2003-04-01</xbrli:startDate>\n      <xbrli:endDate>2003-06-30</xbrli:endDate>\n    </xbrli:period>\n  </xbrli:context>\n";
        var i = instance.IndexOf(context, StringComparison.Ordinal);
        instance = instance[..i] + typed + instance[i..];
        var j = instance.IndexOf(fact, StringComparison.Ordinal) + fact.Length;
        instance = instance[..j] + "\n  " + fact.Replace("D20030401_20030630", "Typed", StringComparison.Ordinal).Replace("826979000", "1000", StringComparison.Ordinal) + instance[j..];
        File.WriteAllText(instancePath, instance);

        var errors = ValidateIn(dir, new ValidationOptions()).Items.Where(d => d.IsError).ToList();
        Assert.True(valid == (errors.Count == 0), $"{mutation}: expected {(valid ? "valid" : "invalid")}, got: {string.Join("\n", errors)}");
        Assert.Equal(codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), errors.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal));
    }
}
