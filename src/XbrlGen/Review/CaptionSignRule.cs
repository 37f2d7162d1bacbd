using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Model;

namespace XbrlGen.Review;

/// <summary>
/// A row captioned with a pair of opposites, "benefit (expense)" or "decrease (increase)", says which of the two its
/// positive figures are. The concept the mapping files the row as says which of the two its positive values are (the
/// order of the pair in its name, as in IncomeTaxExpenseBenefit, else its balance), and the mapping says whether the
/// printed sign is kept or flipped. When the three disagree, the row's figures contradict its caption: a warning that
/// quotes the row and another printed copy of the same fact.
/// </summary>
public sealed partial class CaptionSignRule : IReviewRule
{
    /// <summary>Pairs of opposite words a caption can hold, English and Japanese, with the balance that makes the first positive.</summary>
    private static readonly (string Plus, string Minus, Balance PlusBalance)[] Pairs =
    [
        ("expense", "benefit", Balance.Debit),
        ("loss", "gain", Balance.Debit),
        ("loss", "income", Balance.Debit),
        ("increase", "decrease", Balance.None),
        ("payment", "refund", Balance.Credit),
        ("payments", "proceeds", Balance.Credit),
    ];

    /// <summary>Japanese caption words, read as their English counterparts.</summary>
    private static readonly Dictionary<string, string> Japanese = new(StringComparer.Ordinal)
    {
        ["増加"] = "increase", ["減少"] = "decrease", ["支出"] = "payment", ["返還"] = "refund", ["収入"] = "proceeds", ["損失"] = "loss", ["利益"] = "income",
    };

    public string Name => "captions against signs";

    public void Run(ReviewContext context, DiagnosticBag diagnostics)
    {
        foreach (var link in context.Trace.Rows)
        {
            var m = Caption().Match(link.Row.Label);
            if (!m.Success)
            {
                continue;
            }

            // "Loss before income tax expense(benefit)" names the pair too, but its concept names neither word: no finding.
            var first = Word(m.Groups["a"].Value);
            var second = Word(m.Groups["b"].Value);
            var pair = Pairs.FirstOrDefault(p => (p.Plus == first && p.Minus == second) || (p.Plus == second && p.Minus == first));
            if (pair.Plus is null)
            {
                continue;
            }

            var conceptPositive = PositiveWord(link.Concept, pair);
            if (conceptPositive is null)
            {
                continue;
            }

            // The printed sign is the concept's unless the mapping negates the row.
            var printedPositive = link.Line.Negated ? (conceptPositive == pair.Plus ? pair.Minus : pair.Plus) : conceptPositive;
            if (printedPositive == first)
            {
                continue;
            }

            var figures = link.Row.Values.Keys.Order().Select(c => context.Trace.FigureAt(link.Row, c)).OfType<FigureLink>().ToList();
            var shown = figures.FirstOrDefault(f => f.Fact.Value != 0) ?? figures.FirstOrDefault();
            if (shown is null)
            {
                continue;
            }

            var other = context.Trace.CopiesOf(shown.Fact).FirstOrDefault(c => c.Row != link.Row);
            var printed = link.Row.Values[shown.Column].Text;
            var otherText = other is null ? "no other copy" : $"'{other.Row.Label}' {other.Row.Values[other.Column].Text}";
            diagnostics.Report(Codes.CaptionSign, link.Row.Span, other is null ? [link.Line.Span] : [other.Row.Span, link.Line.Span],
                link.Row.Label, m.Groups["a"].Value, printed, link.Item, conceptPositive, link.Line.Negated ? "negated" : "as printed", ReviewContext.N(shown.Fact.Value!.Value), otherText);
        }
    }

    /// <summary>Which word of the pair a positive value of the concept is: the one its name puts first, else the one its balance gives.</summary>
    private static string? PositiveWord(Concept concept, (string Plus, string Minus, Balance PlusBalance) pair)
    {
        var name = concept.Name.LocalName;
        var plus = name.IndexOf(Capital(pair.Plus), StringComparison.Ordinal);
        var minus = name.IndexOf(Capital(pair.Minus), StringComparison.Ordinal);
        if (plus >= 0 && minus >= 0)
        {
            return plus < minus ? pair.Plus : pair.Minus;
        }

        if (pair.PlusBalance != Balance.None && concept.Balance != Balance.None && (plus >= 0 || minus >= 0))
        {
            return concept.Balance == pair.PlusBalance ? pair.Plus : pair.Minus;
        }

        return null;
    }

    private static string Word(string printed) => Japanese.TryGetValue(printed, out var en) ? en : printed.ToLowerInvariant();

    private static string Capital(string word) => word.Length > 0 && char.IsAsciiLetterLower(word[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    [GeneratedRegex(@"(?<a>[A-Za-z]+|増加|減少|支出|返還|収入|損失|利益)\s?[(（]\s?(?<b>[A-Za-z]+|増加|減少|支出|返還|収入|損失|利益)\s?[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();
}
