using System.Text.Json;
using XbrlGen.Validation.Inline.Transformations;

namespace XbrlGen.Tests.Validation.Inline;

/// <summary>
/// Every registry's transformations on the examples of the registries' own documents, with values each must refuse
/// (null expected). The SEC's registry is checked on its whole conformance test case (ixt-sec-tests.jsonl, converted
/// unchanged from the SEC's transform/conf/testcase.xml).
/// </summary>
public class TransformationRegistryTests
{
    private const string Tr1 = TransformationRegistries.Tr1;
    private const string Tr2 = TransformationRegistries.Tr2;
    private const string Tr3 = TransformationRegistries.Tr3;
    private const string Tr4 = TransformationRegistries.Tr4;
    private const string Tr5 = TransformationRegistries.Tr5;

    private static string? Apply(string ns, string name, string input)
    {
        var registry = TransformationRegistries.For(ns);
        Assert.NotNull(registry);
        Assert.True(registry.Defines(name), $"{name} is not defined by {registry.Name}");
        return registry.Apply(name, input);
    }

    [Theory]
    // Registry 1 (2010-04-20): its own names, strict spacing, capitalised month names.
    [InlineData(Tr1, "numcommadot", "1,234,567.89", "1234567.89")]
    [InlineData(Tr1, "numcommadot", "1,23,567.89", null)]
    [InlineData(Tr1, "numcommadot", "1 234", null)]
    [InlineData(Tr1, "numdotcomma", "1.234.567,89", "1234567.89")]
    [InlineData(Tr1, "numspacedot", "1 234 567.89", "1234567.89")]
    [InlineData(Tr1, "numspacedot", "1\u00A0234.5", "1234.5")]
    [InlineData(Tr1, "numspacecomma", "1 234 567,89", "1234567.89")]
    [InlineData(Tr1, "numcomma", "1234,5", "1234.5")]
    [InlineData(Tr1, "numcomma", "1.234,5", null)]
    [InlineData(Tr1, "numdash", "-", "0")]
    [InlineData(Tr1, "numdash", "--", null)]
    [InlineData(Tr1, "datelonguk", "31 December 2010", "2010-12-31")]
    [InlineData(Tr1, "datelonguk", "1 March 10", "2010-03-01")]
    [InlineData(Tr1, "datelonguk", "31 DECEMBER 2010", null)]
    [InlineData(Tr1, "datelonguk", "31  December 2010", null)]
    [InlineData(Tr1, "datelonguk", "31 April 2010", null)]
    [InlineData(Tr1, "dateshortuk", "31 Dec 2010", "2010-12-31")]
    [InlineData(Tr1, "datelongus", "December 31, 2010", "2010-12-31")]
    [InlineData(Tr1, "datelongus", "December 31 2010", null)]
    [InlineData(Tr1, "dateshortus", "Dec 31, 10", "2010-12-31")]
    [InlineData(Tr1, "dateslashus", "12/31/2010", "2010-12-31")]
    [InlineData(Tr1, "dateslasheu", "31/12/2010", "2010-12-31")]
    [InlineData(Tr1, "dateslasheu", "12/31/2010", null)]
    [InlineData(Tr1, "datedotus", "12.31.2010", "2010-12-31")]
    [InlineData(Tr1, "datedoteu", "31.12.10", "2010-12-31")]
    [InlineData(Tr1, "datelongdaymonthuk", "29 February", "--02-29")]
    [InlineData(Tr1, "datelongdaymonthuk", "30 February", null)]
    [InlineData(Tr1, "dateshortdaymonthuk", "3 Mar", "--03-03")]
    [InlineData(Tr1, "datelongmonthdayus", "March 3", "--03-03")]
    [InlineData(Tr1, "dateshortmonthdayus", "Mar 3", "--03-03")]
    [InlineData(Tr1, "dateslashdaymontheu", "31/12", "--12-31")]
    [InlineData(Tr1, "dateslashmonthdayus", "12/31", "--12-31")]
    [InlineData(Tr1, "datelongyearmonth", "2010 December", "2010-12")]
    [InlineData(Tr1, "dateshortyearmonth", "10 Dec", "2010-12")]
    [InlineData(Tr1, "datelongmonthyear", "December 2010", "2010-12")]
    [InlineData(Tr1, "dateshortmonthyear", "Dec 2010", "2010-12")]
    // Registry 2 (2011-07-31).
    [InlineData(Tr2, "numdotdecimal", "1,234,567.89", "1234567.89")]
    [InlineData(Tr2, "numdotdecimal", "1 234 567.89", "1234567.89")]
    [InlineData(Tr2, "numdotdecimal", "1234567.89", "1234567.89")]
    [InlineData(Tr2, "numdotdecimal", " 2,909 ", "2909")]
    [InlineData(Tr2, "numdotdecimal", "1,23,4567", null)]
    [InlineData(Tr2, "numdotdecimal", ".5", null)]
    [InlineData(Tr2, "numdotdecimal", "-5", null)]
    [InlineData(Tr2, "numdotdecimal", "1.234,5", null)]
    [InlineData(Tr2, "numcommadecimal", "1.234.567,89", "1234567.89")]
    [InlineData(Tr2, "numcommadecimal", "1 234,5", "1234.5")]
    [InlineData(Tr2, "numcommadecimal", "1,234.5", null)]
    [InlineData(Tr2, "numunitdecimal", "5 Euro 10", "5.10")]
    [InlineData(Tr2, "numunitdecimal", "1,234 dollars 5 cents", "1234.05")]
    [InlineData(Tr2, "numunitdecimal", "１２３円４５銭", "123.45")]
    [InlineData(Tr2, "numunitdecimal", "5 Euro 100", null)]
    [InlineData(Tr2, "zerodash", "-", "0")]
    [InlineData(Tr2, "zerodash", "\u2014", "0")]
    [InlineData(Tr2, "zerodash", " \u2013 ", "0")]
    [InlineData(Tr2, "zerodash", "0", null)]
    [InlineData(Tr2, "zerodash", "--", null)]
    [InlineData(Tr2, "nocontent", "anything at all", "")]
    [InlineData(Tr2, "booleantrue", "Yes", "true")]
    [InlineData(Tr2, "booleanfalse", "No", "false")]
    [InlineData(Tr2, "datedaymonth", "31/12", "--12-31")]
    [InlineData(Tr2, "datedaymonth", "31.04", null)]
    [InlineData(Tr2, "datemonthday", "12-31", "--12-31")]
    [InlineData(Tr2, "datedaymonthyear", "31/12/2010", "2010-12-31")]
    [InlineData(Tr2, "datedaymonthyear", "30.06.10", "2010-06-30")]
    [InlineData(Tr2, "datedaymonthyear", "31/06/2010", null)]
    [InlineData(Tr2, "datedaymonthyear", "29/02/2011", null)]
    [InlineData(Tr2, "datedaymonthyear", "29/02/2012", "2012-02-29")]
    [InlineData(Tr2, "datemonthdayyear", "12/31/2010", "2010-12-31")]
    [InlineData(Tr2, "datedaymonthen", "31 December", "--12-31")]
    [InlineData(Tr2, "datedaymonthen", "31 DEC", "--12-31")]
    [InlineData(Tr2, "datedaymonthen", "31 Decembre", null)]
    [InlineData(Tr2, "datedaymonthyearen", "31 December 2010", "2010-12-31")]
    [InlineData(Tr2, "datedaymonthyearen", "1st January, 2016", "2016-01-01")]
    [InlineData(Tr2, "datedaymonthyearen", "31 Nov 2010", null)]
    [InlineData(Tr2, "datemonthdayen", "December 31st", "--12-31")]
    [InlineData(Tr2, "datemonthdayyearen", "December 31, 2010", "2010-12-31")]
    [InlineData(Tr2, "datemonthdayyearen", "September\u00A030, 2023", "2023-09-30")]
    [InlineData(Tr2, "datemonthdayyearen", "September 31, 2023", null)]
    [InlineData(Tr2, "datemonthdayyearen", "september 30, 2023", null)]
    [InlineData(Tr2, "datemonthyearen", "December 2010", "2010-12")]
    [InlineData(Tr2, "dateyearmonthen", "2010 December", "2010-12")]
    [InlineData(Tr2, "dateyearmonthdaycjk", "2010年12月31日", "2010-12-31")]
    [InlineData(Tr2, "dateyearmonthdaycjk", "２０２４年　３月３１日", "2024-03-31")]
    [InlineData(Tr2, "dateyearmonthdaycjk", "2010年13月31日", null)]
    [InlineData(Tr2, "dateyearmonthcjk", "2010年12月", "2010-12")]
    [InlineData(Tr2, "dateerayearmonthdayjp", "平成22年12月31日", "2010-12-31")]
    [InlineData(Tr2, "dateerayearmonthdayjp", "令和元年5月1日", "2019-05-01")]
    [InlineData(Tr2, "dateerayearmonthdayjp", "令和６年３月３１日", "2024-03-31")]
    [InlineData(Tr2, "dateerayearmonthdayjp", "西暦22年12月31日", null)]
    [InlineData(Tr2, "dateerayearmonthjp", "昭和64年1月", "1989-01")]
    // Registry 3 (2015-02-26): Registry 2's and more.
    [InlineData(Tr3, "numdotdecimal", "1,234.5", "1234.5")]
    [InlineData(Tr3, "datedaymonthdk", "31. dec.", "--12-31")]
    [InlineData(Tr3, "datedaymonthyeardk", "31. december 2010", "2010-12-31")]
    [InlineData(Tr3, "datedaymonthyeardk", "31. DECEMBER 2010", "2010-12-31")]
    [InlineData(Tr3, "datemonthyeardk", "dec. 2010", "2010-12")]
    [InlineData(Tr3, "datemonthyear", "12/2010", "2010-12")]
    [InlineData(Tr3, "datemonthyear", "13/2010", null)]
    [InlineData(Tr3, "dateyearmonthday", "2010-12-31", "2010-12-31")]
    [InlineData(Tr3, "dateyearmonthday", "２０１０／１２／３１", "2010-12-31")]
    [InlineData(Tr3, "datedaymonthyearin", "१५ अगस्त २०१६", "2016-08-15")]
    [InlineData(Tr3, "datedaymonthyearin", "15/08/2016", "2016-08-15")]
    [InlineData(Tr3, "datemonthyearin", "अगस्त 2016", "2016-08")]
    [InlineData(Tr3, "calindaymonthyear", "1 Chaitra 1937", "2015-03-22")]
    [InlineData(Tr3, "calindaymonthyear", "1 Chaitra 1938", "2016-03-21")]
    [InlineData(Tr3, "calindaymonthyear", "10 Pausa 1937", "2015-12-31")]
    [InlineData(Tr3, "calindaymonthyear", "31 Phalguna 1937", null)]
    [InlineData(Tr3, "numdotdecimalin", "1,00,00,000.50", "10000000.50")]
    [InlineData(Tr3, "numdotdecimalin", "10,000", "10000")]
    [InlineData(Tr3, "numdotdecimalin", "1,0,000", null)]
    [InlineData(Tr3, "numunitdecimalin", "1,00,000 rupees 50 paise", "100000.50")]
    // Registry 4 (2020-02-12): new names, more languages, separators anywhere, canonical numbers.
    [InlineData(Tr4, "num-dot-decimal", "1,234,567.89", "1234567.89")]
    [InlineData(Tr4, "num-dot-decimal", "1,23,4567", "1234567")]
    [InlineData(Tr4, "num-dot-decimal", ".5", "0.5")]
    [InlineData(Tr4, "num-dot-decimal", "007.50", "7.5")]
    [InlineData(Tr4, "num-dot-decimal", "1.234,5", null)]
    [InlineData(Tr4, "num-dot-decimal", ",", null)]
    [InlineData(Tr4, "num-comma-decimal", "1.234.567,89", "1234567.89")]
    [InlineData(Tr4, "num-comma-decimal", "1 234,5", "1234.5")]
    [InlineData(Tr4, "num-unit-decimal", "1,234 dollars 5 cents", "1234.05")]
    [InlineData(Tr4, "num-unit-decimal", "dollars", null)]
    [InlineData(Tr4, "fixed-zero", "-", "0")]
    [InlineData(Tr4, "fixed-empty", "n/a", "")]
    [InlineData(Tr4, "fixed-true", "x", "true")]
    [InlineData(Tr4, "fixed-false", "x", "false")]
    [InlineData(Tr4, "date-day-month", "31.12", "--12-31")]
    [InlineData(Tr4, "date-day-month-year", "31.12.2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-month-year", "31.12.2019.5", null)]
    [InlineData(Tr4, "date-month-day-year", "12/31/2019", "2019-12-31")]
    [InlineData(Tr4, "date-month-year", "12 2019", "2019-12")]
    [InlineData(Tr4, "date-year-month", "2019-12", "2019-12")]
    [InlineData(Tr4, "date-year-month-day", "2019-12-31", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-en", "31 December", "--12-31")]
    [InlineData(Tr4, "date-day-monthname-year-en", "31 December 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-en", "31 Dezember 2019", null)]
    [InlineData(Tr4, "date-monthname-day-year-en", "December 31, 2019", "2019-12-31")]
    [InlineData(Tr4, "date-monthname-day-year-en", "September\u00A030, 2023", "2023-09-30")]
    [InlineData(Tr4, "date-monthname-day-year-en", "February 30, 2019", null)]
    [InlineData(Tr4, "date-monthname-day-en", "December 31", "--12-31")]
    [InlineData(Tr4, "date-monthname-year-en", "December 2019", "2019-12")]
    [InlineData(Tr4, "date-year-monthname-en", "2019 December", "2019-12")]
    [InlineData(Tr4, "date-day-monthname-year-de", "31. Dezember 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-de", "1. März 2019", "2019-03-01")]
    [InlineData(Tr4, "date-day-monthname-year-fr", "1er janvier 2019", "2019-01-01")]
    [InlineData(Tr4, "date-day-monthname-year-fr", "31 décembre 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-es", "31 de diciembre de 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-it", "31 dicembre 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-nl", "31 december 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-pl", "31 grudnia 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-cs", "31. prosince 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-el", "31 Δεκεμβρίου 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-bg", "31 декември 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-fi", "31. joulukuuta 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-sv", "31 december 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-da", "31. december 2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthname-year-hi", "15 अगस्त 2016", "2016-08-15")]
    [InlineData(Tr4, "date-day-monthname-year-hi", "15 08 2016", null)]
    [InlineData(Tr4, "date-day-monthname-year-de", "31. Foo 2019", null)]
    [InlineData(Tr4, "date-monthname-year-de", "Dezember 2019", "2019-12")]
    [InlineData(Tr4, "date-year-monthname-day-hu", "2019. december 31.", "2019-12-31")]
    [InlineData(Tr4, "date-year-monthname-day-lt", "2019 m. gruodžio 31 d.", "2019-12-31")]
    [InlineData(Tr4, "date-year-day-monthname-lv", "2019. gada 31. decembris", "2019-12-31")]
    [InlineData(Tr4, "date-monthname-day-hu", "december 31.", "--12-31")]
    [InlineData(Tr4, "date-day-monthroman", "31 XII", "--12-31")]
    [InlineData(Tr4, "date-day-monthroman-year", "31.XII.2019", "2019-12-31")]
    [InlineData(Tr4, "date-day-monthroman-year", "31.XIII.2019", null)]
    [InlineData(Tr4, "date-monthroman-year", "xii 2019", "2019-12")]
    [InlineData(Tr4, "date-jpn-era-year-month-day", "令和元年5月1日", "2019-05-01")]
    [InlineData(Tr4, "date-ind-day-monthname-year-hi", "1 Chaitra 1937", "2015-03-22")]
    // Registry 5 (2022-02-16): Registry 4's, Welsh and apostrophe grouping.
    [InlineData(Tr5, "num-dot-decimal-apos", "1'234'567.89", "1234567.89")]
    [InlineData(Tr5, "num-dot-decimal-apos", "1’234.5", "1234.5")]
    [InlineData(Tr5, "num-comma-decimal-apos", "1'234'567,89", "1234567.89")]
    [InlineData(Tr5, "num-dot-decimal-apos", "1.234'5", null)]
    [InlineData(Tr5, "num-unit-decimal-apos", "1'234 francs 50", "1234.5")]
    [InlineData(Tr5, "date-day-monthname-year-cy", "31 Rhagfyr 2019", "2019-12-31")]
    [InlineData(Tr5, "date-monthname-year-cy", "Ionawr 2019", "2019-01")]
    [InlineData(Tr5, "date-day-monthname-cy", "1 Mawrth", "--03-01")]
    [InlineData(Tr5, "num-dot-decimal", "1,234.5", "1234.5")]
    public void A_registry_transforms_its_examples_and_refuses_what_is_not_in_its_format(string ns, string name, string input, string? expected) =>
        Assert.Equal(expected, Apply(ns, name, input));

    [Theory]
    [InlineData(Tr1, "numdotdecimal")] // Registry 2's name
    [InlineData(Tr2, "num-dot-decimal")] // Registry 4's name
    [InlineData(Tr2, "datedaymonthdk")] // Registry 3's
    [InlineData(Tr4, "numdotdecimal")] // Registries 2 and 3's
    [InlineData(Tr4, "num-dot-decimal-apos")] // Registry 5's
    [InlineData(Tr4, "date-day-monthname-year-lv")] // Latvian has the year first
    [InlineData(TransformationRegistries.Sec, "numdotdecimal")]
    public void A_registry_does_not_define_the_names_of_others(string ns, string name) =>
        Assert.False(TransformationRegistries.For(ns)!.Defines(name));

    [Fact]
    public void The_2008_namespace_of_Inline_XBRL_1_0_is_Registry_1()
    {
        var registry = TransformationRegistries.For(TransformationRegistries.Tr2008)!;
        Assert.Equal(RegistryKind.Tr1, registry.Kind);
        Assert.Equal("2010-12-31", registry.Apply("datelonguk", "31 December 2010"));
        Assert.Null(TransformationRegistries.For("http://www.xbrl.org/inlineXBRL/transformation/1999-01-01"));
    }

    [Fact]
    public void Each_registry_defines_its_full_set()
    {
        // The counts of the registries' own lists of transformations.
        Assert.Equal(24, TransformationRegistries.For(Tr1)!.Transformations.Count);
        Assert.Equal(21, TransformationRegistries.For(Tr2)!.Transformations.Count);
        Assert.Equal(31, TransformationRegistries.For(Tr3)!.Transformations.Count);
        Assert.Equal(18, TransformationRegistries.For(TransformationRegistries.Sec)!.Transformations.Count);
        Assert.True(TransformationRegistries.For(Tr5)!.Transformations.Count == TransformationRegistries.For(Tr4)!.Transformations.Count + 6);
    }

    public static TheoryData<string, string, string, string?> SecVariations()
    {
        var data = new TheoryData<string, string, string, string?>();
        var file = Path.Combine(TestPaths.Layout.Root, "tests", "XbrlGen.Tests", "Validation", "Inline", "ixt-sec-tests.jsonl");
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var output = root.GetProperty("output");
            data.Add(root.GetProperty("id").GetString()!, root.GetProperty("transformation").GetString()!, root.GetProperty("input").GetString()!, output.ValueKind == JsonValueKind.Null ? null : output.GetString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SecVariations))]
    public void The_SEC_registry_passes_its_conformance_variations(string id, string name, string input, string? expected) =>
        Assert.True(expected == Apply(TransformationRegistries.Sec, name, input), $"{id}: ixt-sec:{name}(\"{input}\") gave '{Apply(TransformationRegistries.Sec, name, input)}', expected '{expected ?? "an error"}'");

    [Theory]
    [InlineData("duryear", "2.5", "P2Y6M")]
    [InlineData("duryear", "1.2", "P1Y2M12D")]
    [InlineData("duryear", "0", "P0Y")]
    [InlineData("durmonth", "0.5", "P0M15D")]
    [InlineData("durday", "1.5", "P1DT12H")]
    [InlineData("durhour", "0", "PT0H")]
    [InlineData("durwordsen", "five-year", "P5Y")]
    [InlineData("durwordsen", "three years four months no days", "P3Y4M")]
    [InlineData("durwordsen", "90 days", "P90D")]
    [InlineData("numwordsen", "two hundred and five", "205")]
    [InlineData("numwordsen", "one thousand one", "1001")]
    [InlineData("numwordsen", "thousand", null)]
    [InlineData("numwordsen", "one million one billion", null)]
    [InlineData("exchnameen", "NYSE American", "NYSEAMER")]
    [InlineData("exchnameen", "The Nasdaq Stock Market LLC", "NASDAQ")]
    [InlineData("entityfilercategoryen", "Non-accelerated filer", "Non-accelerated Filer")]
    [InlineData("stateprovnameen", "Delaware", "DE")]
    [InlineData("stateprovnameen", "Ontario", "ON")]
    [InlineData("countrynameen", "Japan", "JP")]
    [InlineData("numinf", "unbounded", "INF")]
    public void The_SEC_registry_reads_filers_values(string name, string input, string? expected) =>
        Assert.Equal(expected, Apply(TransformationRegistries.Sec, name, input));
}
