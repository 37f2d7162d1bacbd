using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Tests.Reading;

/// <summary>The figures of the running text, in both languages, as the prose reader sees them.</summary>
public class ProseReaderTests
{
    private static readonly Lazy<Release> Bundled = new(() =>
        ReleaseReader.ReadFile(TestPaths.Release, new ReaderOptions(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear)), new DiagnosticBag())!);

    private static readonly Lazy<IReadOnlyList<ProseFigure>> Figures = new(() => ProseReader.Read(Bundled.Value));

    private static ProseFigure At(int line, string text) => Assert.Single(Figures.Value, f => f.Span.Line == line && f.Text == text);

    [Fact]
    public void Reads_english_amounts_with_their_scale_currency_and_period()
    {
        var revenues = At(377, "JPY 8,344 million");
        Assert.Equal((8344m, 6, "JPY", Language.En), (revenues.Value, revenues.Scale, revenues.Currency, revenues.Language));
        Assert.Null(revenues.PeriodText); // the report's own period
        var usd = At(377, "$ 69.6 million");
        Assert.Equal((69.6m, 1, -5, "USD"), (usd.Value, usd.DecimalPlaces, usd.Decimals, usd.Currency));
        Assert.Equal((1.37m, 9), (At(388, "JPY 1.37 billion").Value, At(388, "JPY 1.37 billion").Scale));
        Assert.Equal("1Q02", At(382, "JPY 464 million").PeriodText);
        Assert.Equal("4Q02", At(643, "JPY360 million").PeriodText);
        var perAds = At(658, "JPY -43.98");
        Assert.True(perAds.PerUnit);
        Assert.Equal(-43.98m, perAds.Value);
        Assert.True(At(771, "JPY 418,200 per share").PerUnit);
    }

    [Fact]
    public void Reads_japanese_amounts_and_their_period_words()
    {
        Assert.Equal((8344m, 6, Language.Ja), (At(7, "8,344 百万円").Value, At(7, "8,344 百万円").Scale, At(7, "8,344 百万円").Language));
        Assert.Equal((13.7m, 8), (At(16, "13.7 億円").Value, At(16, "13.7 億円").Scale));
        Assert.Equal(-97m, At(13, "▲97 百万円").Value);
        Assert.Equal("前年同期", At(13, "329 百万円").PeriodText);
        Assert.Equal("前期", At(13, "459 百万円").PeriodText);
        Assert.Equal(3, At(268, "1,365,423千円").Scale);
    }

    [Fact]
    public void Reads_percentages_with_the_period_compared_and_the_direction()
    {
        var yoy = At(613, "17.1%");
        Assert.Equal(("4Q02", ChangeDirection.Decrease), (yoy.CompareText, yoy.Direction));
        var up = At(546, "0.3%");
        Assert.Equal(("4Q02", ChangeDirection.Increase), (up.CompareText, up.Direction));
        var ja = At(7, "前年同期比 15.3％減");
        Assert.Equal((15.3m, "前年同期", ChangeDirection.Decrease), (ja.Value, ja.CompareText, ja.Direction));
        Assert.Null(At(725, "64.1%").CompareText); // "our 64.1% owned subsidiary" compares nothing
    }

    [Fact]
    public void Table_rows_and_stated_rates_are_not_prose_amounts()
    {
        Assert.DoesNotContain(Figures.Value, f => Bundled.Value.Tables.Any(t => t.Rows.Any(r => r.Span.Line == f.Span.Line)));
        Assert.DoesNotContain(Figures.Value, f => f.Text.Contains("119.87", StringComparison.Ordinal));
        var rates = ProseReader.Rates(Bundled.Value);
        Assert.Equal([202, 267, 354, 401, 894, 965, 1049], rates.Select(r => r.Span.Line));
        Assert.All(rates, r => Assert.Equal((119.87m, "JPY", "USD"), (r.Rate, r.From, r.To)));
    }
}
