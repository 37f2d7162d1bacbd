using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Validation;

/// <summary>
/// The XML Schema checks the instance reader makes itself on its fast path (plain contexts, numeric items, ids, the
/// order of xbrli:xbrl's content): each mutation gives the catalog's own entry and message, as the schema would.
/// </summary>
public partial class AgreementTests
{
    public static TheoryData<string, string, string, string[]> SchemaMutations => new()
    {
        { nameof(Codes.IdDuplicate), "<xbrli:context id=\"D20030101_20030331\">", "<xbrli:context id=\"D20030401_20030630\">", ["D20030401_20030630"] },
        { nameof(Codes.RootText), "  <xbrli:context id=\"D20030401_20030630\">", "  stray text\n  <xbrli:context id=\"D20030401_20030630\">", [] },
        { nameof(Codes.RootOrder), RevenueJpy, RevenueJpy + "<link:schemaRef xlink:type=\"simple\" xlink:href=\"iij-20030630.xsd\"/>", ["schemaRef"] },
        { nameof(Codes.ElementNotDeclared), RevenueJpy, RevenueJpy + "<gaap:NoSuchConcept contextRef=\"D20030401_20030630\">1</gaap:NoSuchConcept>", ["{http://xbrlgen.org/taxonomy/2003/gaap}NoSuchConcept"] },
        { nameof(Codes.NilNotEmpty), RevenueJpy, RevenueJpy.Replace(" decimals=\"-3\"", " xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", StringComparison.Ordinal), ["Revenues"] },
        { nameof(Codes.NilNotBoolean), RevenueJpy, RevenueJpy.Replace(" decimals=\"-3\"", " decimals=\"-3\" xsi:nil=\"yes\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", StringComparison.Ordinal), ["yes"] },
        { nameof(Codes.SimpleContentChild), RevenueJpy, RevenueJpy.Replace("8344046000<", "8344046000<b/><", StringComparison.Ordinal), ["Revenues", "b"] },
        { nameof(Codes.AttributeRequired), RevenueJpy, RevenueJpy.Replace(" contextRef=\"D20030401_20030630\"", string.Empty, StringComparison.Ordinal), ["contextRef"] },
        { nameof(Codes.DateUnionInvalid), "<xbrli:instant>2003-06-30</xbrli:instant>", "<xbrli:instant>2003-06-31</xbrli:instant>", ["2003-06-31", "instant"] },
    };

    [Theory]
    [MemberData(nameof(SchemaMutations))]
    public void The_reader_reports_schema_errors_with_their_own_catalog_entries(string descriptor, string from, string to, string[] args)
    {
        var entry = (DiagnosticDescriptor)typeof(Codes).GetField(descriptor)!.GetValue(null)!;
        var text = File.ReadAllText(Path.Combine(TestPaths.Layout.Output, Instance));
        var i = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, from);
        var errors = Validate(text[..i] + to + text[(i + from.Length)..]).Items.Where(d => d.IsError).ToList();
        var message = string.Format(CultureInfo.InvariantCulture, entry.Format, args);
        Assert.Contains(errors, d => d.Code == entry.Code && d.Message == message);
        Assert.Equal(ExitOutcome.Invalid, entry.Outcome);
    }
}
