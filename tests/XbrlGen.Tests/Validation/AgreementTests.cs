using XbrlGen.Diagnostics;
using XbrlGen.Validation.Instances;
using XbrlGen.Validation.Profiles;
using XbrlGen.Validation;

namespace XbrlGen.Tests.Validation;

/// <summary>
/// Mutated copies of the generated instance, each with the verdict an XBRL 2.1 processor must reach and the section it
/// rests on. Valid mutations (reordered facts, an extra context) guard against false alarms.
/// </summary>
public partial class AgreementTests
{
    private const string Instance = "iij-20030630.xml";
    private const string RevenueJpy = "<gaap:Revenues contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\">8344046000</gaap:Revenues>";
    private const string AssetsJpy = "<gaap:Assets contextRef=\"I20030630\" unitRef=\"JPY\" decimals=\"-3\">35283861000</gaap:Assets>";

    public static TheoryData<string, bool, string?> Mutations => new()
    {
        { "unchanged", true, null },
        { "reordered facts", true, null },
        { "extra unused context", true, null },
        { "fact whose context is removed", false, "xbrl.4.6.1" },
        { "monetary fact with a shares unit", false, "xbrl.4.8.2" },
        { "duration concept in an instant context", false, "xbrl.5.1.1.1" },
        { "startDate after endDate", false, "xbrl.4.7.2" },
        { "missing decimals", false, "xbrl.4.6.3" },
        { "both precision and decimals", false, "xbrl.4.6.3" },
        { "nil fact with a value", false, "xmlSchema" },
        { "unknown element", false, "xmlSchema" },
        { "changed component of a total", false, "calc11.roundingInconsistency" },
        { "duplicate context id", false, "xmlSchema" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Verdict_on_a_mutated_instance(string mutation, bool valid, string? code)
    {
        var bag = Validate(Mutate(mutation));
        var errors = bag.Items.Where(d => d.IsError).ToList();
        Assert.True(valid == (errors.Count == 0), $"{mutation}: expected {(valid ? "valid" : "invalid")}, got: {string.Join("\n", errors)}");
        if (code is not null)
        {
            Assert.Contains(errors, e => e.Code == code);
        }
    }

    [Fact]
    public void Filer_manual_profile_rejects_an_unused_context()
    {
        var bag = Validate(Mutate("extra unused context"), new ValidationOptions { FilerManual = true });
        Assert.Contains(bag.Items, d => d.IsError && d.Code == "EFM.6.5.8");
        Assert.Contains(bag.Items, d => d.IsError && d.Code == "EFM.6.5.7");
    }

    public static TheoryData<string, string, string, string> FilerManualMutations => new()
    {
        { "EFM.6.5.17", Instance, "decimals=\"2\">-43.98<", "precision=\"4\">-43.98<" },
        { "EFM.6.5.37", Instance, "decimals=\"2\">-43.98<", "decimals=\"1\">-43.98<" },
        { "EFM.6.5.20", Instance, "<dei:DocumentType contextRef=\"D20030401_20030630\">", "<dei:DocumentType contextRef=\"I20030630\">" },
        { "EFM.6.10.8", "iij-20030630_lab.xml", ">Accounts payable<", "> Accounts payable<" },
        { "EFM.6.5.1", Instance, ">0001090633</dei:EntityCentralIndexKey>", ">SAKURA001</dei:EntityCentralIndexKey>" },
        { "EFM.6.5.1", Instance, "<xbrli:identifier scheme=\"http://www.sec.gov/CIK\">0001090633<", "<xbrli:identifier scheme=\"http://www.sec.gov/CIK\">1090633<" },
    };

    /// <summary>Precision used, decimals that truncate, no document-period context, a label with leading whitespace, a CIK that is not 10 digits.</summary>
    [Theory]
    [MemberData(nameof(FilerManualMutations))]
    public void Filer_manual_profile_rules(string code, string file, string from, string to)
    {
        var dir = CopyOutput();
        var text = File.ReadAllText(Path.Combine(dir, file));
        Assert.Contains(from, text, StringComparison.Ordinal);
        var i = text.IndexOf(from, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, file), text[..i] + to + text[(i + from.Length)..]);

        var efm = ValidateIn(dir, new ValidationOptions { FilerManual = true });
        Assert.Contains(efm.Items, d => d.IsError && d.Code == code);
        Assert.DoesNotContain(ValidateIn(dir, new ValidationOptions()).Items, d => d.Code == code && d.IsError);
    }

    [Fact]
    public void Units_registry_rejects_a_currency_it_does_not_know()
    {
        var mutated = Mutate("unchanged").Replace("<xbrli:measure>iso4217:JPY</xbrli:measure>", "<xbrli:measure>iso4217:XYZ</xbrli:measure>", StringComparison.Ordinal);
        Assert.Contains(Validate(mutated).Items, d => d.IsError && d.Code == "utr.unknownMeasure" && d.Message.Contains("XYZ", StringComparison.Ordinal));
        Assert.DoesNotContain(Validate(mutated, new ValidationOptions { UnitsRegistry = false }).Items, d => d.IsError);
    }

    [Fact]
    public void Duplicates_are_warnings_by_default_and_errors_by_option()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Layout.Output, Instance));
        const string type = "<dei:DocumentType contextRef=\"D20030401_20030630\">6-K</dei:DocumentType>";
        Assert.Contains(type, text, StringComparison.Ordinal);
        var inconsistent = text.Replace(type, type + "\n  " + type.Replace("6-K", "10-Q", StringComparison.Ordinal), StringComparison.Ordinal);
        var lenient = Validate(inconsistent);
        Assert.Contains(lenient.Items, d => d.Severity == Severity.Warning && d.Code == "xbrl.4.10.inconsistentDuplicate" && d.Message.Contains("10-Q", StringComparison.Ordinal));
        Assert.DoesNotContain(lenient.Items, d => d.IsError);

        var complete = text.Replace(RevenueJpy, RevenueJpy + "\n  " + RevenueJpy, StringComparison.Ordinal);
        Assert.DoesNotContain(Validate(complete).Items, d => d.IsError);
        var strict = Validate(complete, new ValidationOptions { DuplicatesAreErrors = true });
        Assert.Contains(strict.Items, d => d.IsError && d.Code == "xbrl.4.10.duplicate" && d.Message.Contains("complete", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculations_11_reports_an_inconsistent_duplicate_in_a_summation()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Layout.Output, Instance));
        var mutated = text.Replace(AssetsJpy, AssetsJpy + "\n  " + AssetsJpy.Replace("35283861000", "35283000000", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(Validate(mutated).Items, d => d.IsError && d.Code == "calc11.roundingInconsistency" && d.Message.StartsWith("Assets ", StringComparison.Ordinal));

        // XBRL 2.1 leaves a summation with duplicates unbound.
        Assert.DoesNotContain(Validate(mutated, new ValidationOptions { Calculation = CalculationMode.Classic21 }).Items, d => d.IsError && d.Message.StartsWith("Assets ", StringComparison.Ordinal));
    }

    [Fact]
    public void Classic_calculation_flags_the_mixed_precision_that_calculations_11_accepts()
    {
        var instance = File.ReadAllText(Path.Combine(TestPaths.Layout.Output, Instance));
        Assert.DoesNotContain(Validate(instance).Items, d => d.IsError);
        var classic = Validate(instance, new ValidationOptions { Calculation = CalculationMode.Classic21 }).Items.Where(d => d.IsError).ToList();
        Assert.NotEmpty(classic);
        Assert.All(classic, d => Assert.Equal("xbrl.5.2.5.2", d.Code));
        Assert.Contains(classic, d => d.Message.StartsWith("OperatingIncomeLoss in context 'D20030401_20030630' is -1,059,574,000", StringComparison.Ordinal) && d.Message.Contains("AdjustedEbitdaReconciliation", StringComparison.Ordinal));
    }

    private static string Mutate(string mutation)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Layout.Output, Instance));
        string Once(string from, string to)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            var i = text.IndexOf(from, StringComparison.Ordinal);
            return text[..i] + to + text[(i + from.Length)..];
        }

        return mutation switch
        {
            "unchanged" => text,
            "reordered facts" => Reorder(text),
            "extra unused context" => Once("  <xbrli:context id=\"D20030401_20030630\">", "  <xbrli:context id=\"Extra\">\n    <xbrli:entity>\n      <xbrli:identifier scheme=\"http://www.sec.gov/CIK\">0001090633</xbrli:identifier>\n    </xbrli:entity>\n    <xbrli:period>\n      <xbrli:instant>2003-06-30</xbrli:instant>\n    </xbrli:period>\n  </xbrli:context>\n  <xbrli:context id=\"D20030401_20030630\">"),
            "fact whose context is removed" => Once(RevenueJpy, RevenueJpy.Replace("D20030401_20030630", "Removed", StringComparison.Ordinal)),
            "monetary fact with a shares unit" => Once(RevenueJpy, RevenueJpy.Replace("unitRef=\"JPY\"", "unitRef=\"shares\"", StringComparison.Ordinal)),
            "duration concept in an instant context" => Once(RevenueJpy, RevenueJpy.Replace("D20030401_20030630", "I20030630", StringComparison.Ordinal)),
            "startDate after endDate" => Once("<xbrli:startDate>2003-04-01</xbrli:startDate>", "<xbrli:startDate>2003-07-01</xbrli:startDate>"),
            "missing decimals" => Once(RevenueJpy, RevenueJpy.Replace(" decimals=\"-3\"", string.Empty, StringComparison.Ordinal)),
            "both precision and decimals" => Once(RevenueJpy, RevenueJpy.Replace(" decimals=\"-3\"", " decimals=\"-3\" precision=\"7\"", StringComparison.Ordinal)),
            "nil fact with a value" => Once(RevenueJpy, RevenueJpy.Replace(" decimals=\"-3\"", " xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", StringComparison.Ordinal)),
            "unknown element" => Once(RevenueJpy, RevenueJpy + "\n  <gaap:NoSuchConcept contextRef=\"D20030401_20030630\" unitRef=\"JPY\" decimals=\"-3\">1</gaap:NoSuchConcept>"),
            "changed component of a total" => Once(">10593313000</gaap:AssetsCurrent>", ">10594313000</gaap:AssetsCurrent>"),
            "duplicate context id" => Once("<xbrli:context id=\"D20030101_20030331\">", "<xbrli:context id=\"D20030401_20030630\">"),
            _ => throw new ArgumentOutOfRangeException(nameof(mutation)),
        };
    }

    /// <summary>The facts in reverse order, contexts and units where they were.</summary>
    private static string Reorder(string text)
    {
        var lines = text.Split('\n');
        var facts = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith("  <gaap:", StringComparison.Ordinal) || lines[i].StartsWith("  <iij:", StringComparison.Ordinal) || lines[i].StartsWith("  <dei:", StringComparison.Ordinal)).ToList();
        Assert.True(facts.Count > 100);
        var reversed = facts.Select(i => lines[i]).Reverse().ToList();
        for (var k = 0; k < facts.Count; k++)
        {
            lines[facts[k]] = reversed[k];
        }

        return string.Join('\n', lines);
    }

    private static DiagnosticBag Validate(string instanceText, ValidationOptions? options = null)
    {
        var dir = CopyOutput();
        File.WriteAllText(Path.Combine(dir, Instance), instanceText);
        return ValidateIn(dir, options);
    }

    internal static string CopyOutput()
    {
        var dir = TestPaths.TempDir();
        foreach (var f in Directory.GetFiles(TestPaths.Layout.Output))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        return dir;
    }

    private static DiagnosticBag ValidateIn(string dir, ValidationOptions? options)
    {
        var bag = new DiagnosticBag();
        var catalog = TaxonomyCatalog.Load(TestPaths.Layout.Taxonomy, bag)!;
        InstanceValidator.Validate(Path.Combine(dir, Instance), catalog, options ?? new ValidationOptions(), bag);
        return bag;
    }
}
