using System.Globalization;
using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Review;

/// <summary>A prose figure tied to what it restates: a fact (amounts), or a fact and the period it is compared with (percentages); null fact when unmatched.</summary>
public sealed record ProseMatch(ProseFigure Figure, Fact? Fact, ReportingPeriod? Period, ReportingPeriod? Compare, string How);

/// <summary>
/// Ties every figure of the running text to the line item and period it restates, and checks it against the tables.
/// The line item is the mapping line whose label the text before the figure names (every word of an English label, a
/// Japanese label as a whole); a figure whose text names none inherits the previous figure's line in its sentence when
/// only a few words stand between them, else is matched by value among the facts of its period, else is unmatched.
/// A percentage is the change of its sentence's line item against the period it names, checked against the table's
/// printed % where there is one, else against the facts. One unit off in the prose's last digit is an info.
/// </summary>
public sealed partial class ProseRule : IReviewRule
{
    private static readonly HashSet<string> Stop = ["total", "of", "and", "the", "in", "for", "to", "a", "an", "on", "by", "with", "from", "per", "was", "were", "is", "are"];

    public string Name => "prose against tables";

    public void Run(ReviewContext context, DiagnosticBag diagnostics)
    {
        foreach (var match in Match(context))
        {
            Check(context, match, diagnostics);
        }
    }

    public static IReadOnlyList<ProseMatch> Match(ReviewContext context)
    {
        var labels = context.Trace.Rows.Select(r => (r.Line, r.Item, En: Tokens(r.Line.LabelEn), Ja: TextCleaner.MatchKey(r.Line.LabelJa))).DistinctBy(l => (l.Line.LabelEn, l.Line.LabelJa, l.Item)).ToList();
        var result = new List<ProseMatch>();
        LineItem? subject = null;
        var sentence = -1;
        (LineItem? Item, int Sentence) lastAmount = (null, -9);
        // The first amount after each figure in its sentence, found in one pass from the end.
        var nextAmount = new int[context.Prose.Count];
        for (int i = context.Prose.Count - 1, next = -1; i >= 0; i--)
        {
            nextAmount[i] = next >= 0 && context.Prose[next].Sentence == context.Prose[i].Sentence ? next : -1;
            if (context.Prose[i].Kind == ProseKind.Amount)
            {
                next = i;
            }
        }

        for (var index = 0; index < context.Prose.Count; index++)
        {
            var f = context.Prose[index];
            if (f.Sentence != sentence)
            {
                subject = null;
                sentence = f.Sentence;
            }

            var named = Named(f, labels);
            if (named is not null)
            {
                subject = named;
            }
            else if (Tokens(f.Subject).Count > 3 && f.Language == Language.En && f.Kind == ProseKind.Amount)
            {
                subject = null;
            }

            if (f.Kind == ProseKind.Amount && Declared(context, f) is { } declared)
            {
                // The mapping's prose rules (prose.yaml) read this very figure as a fact.
                result.Add(new ProseMatch(f, declared, null, null, "prose rule"));
                subject = LineItem.Of(declared);
                continue;
            }

            if (f.Kind == ProseKind.Amount)
            {
                var period = context.PeriodOf(f.PeriodText);
                var fact = subject is null ? null : FactFor(context, subject, period, f.Currency, f.PerUnit);
                var how = named is not null ? "label" : "same sentence";
                // A named line whose figure disagrees, when another fact of the period has the stated figure, was named loosely
                // ("Cost of SI revenues" names every word of "Total of Cost of Revenues"): the figure restates that other fact.
                if (fact is null || (!Agrees(context, f, fact) && ByValue(context, f, period) is not null))
                {
                    fact = ByValue(context, f, period);
                    how = "value";
                    subject = fact is null ? subject : LineItem.Of(fact);
                }

                result.Add(new ProseMatch(f, fact, period, null, fact is null ? "unmatched" : how));
                if (fact is not null && period == context.ReportPeriod)
                {
                    lastAmount = (LineItem.Of(fact), f.Sentence);
                }
            }
            else
            {
                var compare = f.CompareText is null ? null : context.PeriodOf(f.CompareText);
                // A percentage stated before its amount ("decreased 27.7% to JPY2,408 million") takes the amount's line item.
                var s = subject ?? (nextAmount[index] >= 0 && context.Prose[nextAmount[index]] is var amount ? ByValue(context, amount, context.PeriodOf(amount.PeriodText)) is { } v ? LineItem.Of(v) : null : null)
                    ?? (f.Language == Language.Ja && f.Sentence - lastAmount.Sentence <= 1 ? lastAmount.Item : null); // "売上高は 8,344 百万円。前年同期比 15.3％減"
                var fact = s is null || compare is null ? null : FactFor(context, s, context.ReportPeriod, "JPY", false);
                result.Add(new ProseMatch(f, fact, context.ReportPeriod, compare, fact is null ? "unmatched" : "change"));
            }
        }

        return result;
    }

    private static Fact? Declared(ReviewContext context, ProseFigure f) =>
        context.Filing.Facts.FirstOrDefault(x => x.Sources.Any(s => s.File == f.Span.File && s.Line == f.Span.Line && s.Column >= f.Span.Column && s.Column < f.Span.Column + f.Text.Length));

    private static LineItem? Named(ProseFigure f, List<(LineMap Line, LineItem Item, List<string> En, string Ja)> labels)
    {
        if (f.Language == Language.Ja)
        {
            var key = TextCleaner.MatchKey(f.Subject);
            return labels.Where(l => l.Ja.Length >= 2 && key.Contains(l.Ja, StringComparison.Ordinal)).OrderByDescending(l => l.Ja.Length).Select(l => l.Item).FirstOrDefault();
        }

        // The label with the most words wins; of equals, the one whose words stand nearest the figure.
        var tokens = Tokens(f.Subject);
        return labels.Where(l => l.En.Count >= 2 && l.En.All(tokens.Contains))
            .OrderByDescending(l => l.En.Count).ThenByDescending(l => l.En.Min(w => tokens.LastIndexOf(w))).Select(l => l.Item).FirstOrDefault();
    }

    private static Fact? FactFor(ReviewContext context, LineItem item, ReportingPeriod? period, string? currency, bool perUnit)
    {
        if (period is null)
        {
            return null;
        }

        var concept = item.Concept;
        var candidates = context.Filing.Facts.Where(x => LineItem.Of(x) == item && x.Value is not null && x.Unit is not null && x.Context.Period.End == period.End
            && (concept.PeriodType == PeriodType.Instant || (x.Context.Period is DurationPeriod d && d.Start == period.Start))).ToList();
        return candidates.FirstOrDefault(x => x.Unit!.IsCurrency && x.Unit.Id == currency && !perUnit)
            ?? candidates.FirstOrDefault(x => x.Unit!.IsDivide && x.Unit.Numerator[0].LocalName == currency && perUnit)
            ?? (currency != context.Mapping.Entity.ReportingCurrency ? candidates.FirstOrDefault(x => x.Unit!.IsCurrency && x.Unit.Id == context.Mapping.Entity.ReportingCurrency) : null);
    }

    private static Fact? ByValue(ReviewContext context, ProseFigure f, ReportingPeriod? period)
    {
        if (period is null)
        {
            return null;
        }

        var stated = Math.Abs(f.Value) * Calculations.Pow10(f.Scale);
        var candidates = f.PerUnit
            ? context.Filing.Facts.Where(x => x.Unit is { IsDivide: true } u && u.Numerator[0].LocalName == f.Currency)
            : context.Filing.Facts.Where(x => x.Unit is { IsCurrency: true } u && (u.Id == f.Currency || (f.Currency == "USD" && u.Id == context.Mapping.Entity.ReportingCurrency && context.Rates.Count > 0)));
        return candidates.Where(x => x.Value is not null && x.Context.Period.End == period.End)
            .FirstOrDefault(x => ReviewContext.Round(Math.Abs(Convert(context, x, f.Currency)), f.Decimals) == stated);
    }

    /// <summary>The fact's value in the currency the prose states: a reporting-currency fact at the release's stated rate for a convenience figure.</summary>
    private static decimal Convert(ReviewContext context, Fact fact, string? currency) =>
        fact.Unit!.IsCurrency && fact.Unit.Id != currency && context.Rates.FirstOrDefault(r => r.From == fact.Unit.Id && r.To == currency) is { } rate
            ? fact.Value!.Value / rate.Rate : fact.Value!.Value;

    private static bool Agrees(ReviewContext context, ProseFigure f, Fact fact) =>
        ReviewContext.Round(Math.Abs(Convert(context, fact, f.Currency)), f.Decimals) == Math.Abs(f.Value) * Calculations.Pow10(f.Scale);

    private static void Check(ReviewContext context, ProseMatch match, DiagnosticBag diagnostics)
    {
        var f = match.Figure;
        if (match.Fact is not { } fact || match.How == "prose rule")
        {
            return;
        }

        var printedSource = context.Trace.CopiesOf(fact).OrderByDescending(l => l.IsFiledCopy).FirstOrDefault();
        if (f.Kind == ProseKind.Amount)
        {
            var stated = Math.Abs(f.Value) * Calculations.Pow10(f.Scale);
            var expected = ReviewContext.Round(Math.Abs(Convert(context, fact, f.Currency)), f.Decimals);
            if (expected != stated)
            {
                var unit = Calculations.OneUnit(f.Decimals);
                Report(diagnostics, Math.Abs(expected - stated) <= unit, f, fact.Sources[0], $"{LineItem.Of(fact)} for {match.Period}", f.Text,
                    printedSource is null ? ReviewContext.N(fact.Value!.Value) : $"'{printedSource.Row.Label}' {printedSource.Row.Values[printedSource.Column].Text}");
            }

            return;
        }

        // A percentage: the table's printed change against the compared period, else the change of the facts.
        var compare = match.Compare!;
        var item = LineItem.Of(fact);
        var row = context.Trace.Rows.Where(r => r.Item == item).Select(r => (r, Column: r.Table.Columns.FirstOrDefault(c => c.Kind == ColumnKind.PercentChange && c.CompareColumn is { } cc
            && r.Table.Columns[cc].Period?.End == compare.End && c.BaseColumn is { } bc && r.Table.Columns[bc].Period?.End == context.ReportPeriod.End)))
            .Where(x => x.Column is not null && x.r.Row.Values.ContainsKey(x.Column.Index)).OrderBy(x => x.r.Table.Language == f.Language ? 0 : 1).FirstOrDefault();
        decimal expectedPercent;
        string against;
        SourceSpan related;
        if (row.r is not null)
        {
            var printed = row.r.Row.Values[row.Column!.Index];
            expectedPercent = Math.Abs(printed.Value);
            against = $"'{row.r.Row.Label}' {printed.Text} ({row.Column.PeriodText})";
            related = row.r.Row.Span;
        }
        else
        {
            var before = FactFor(context, item, compare, fact.Unit!.Id, false);
            if (before?.Value is not { } b || b == 0)
            {
                return;
            }

            expectedPercent = Math.Abs(ReviewContext.Round((fact.Value!.Value - b) / b * 100m, f.DecimalPlaces));
            against = $"{ReviewContext.N(fact.Value!.Value)} against {ReviewContext.N(b)}";
            related = before.Sources[0];
        }

        // The direction the text states ("a decrease of", "減") against the figures, where both are positive amounts.
        if (f.Direction != ChangeDirection.None && FactFor(context, item, compare, fact.Unit!.Id, false)?.Value is { } earlier && earlier > 0 && fact.Value > 0
            && fact.Value != earlier && (fact.Value > earlier) != (f.Direction == ChangeDirection.Increase))
        {
            diagnostics.Report(Codes.ProseTableMismatch, f.Span, [related], $"the change of {item} against {compare}",
                (f.Direction == ChangeDirection.Increase ? "an increase of " : "a decrease of ") + f.Text, against);
            return;
        }

        var statedPercent = Math.Abs(f.Value);
        if (ReviewContext.Round(expectedPercent, f.DecimalPlaces) != statedPercent)
        {
            Report(diagnostics, Math.Abs(expectedPercent - statedPercent) <= Calculations.OneUnit(f.DecimalPlaces), f, related,
                $"the change of {item} against {compare}", f.Text, against);
        }
    }

    private static void Report(DiagnosticBag diagnostics, bool roundingLevel, ProseFigure f, SourceSpan related, string what, string stated, string printed) =>
        diagnostics.Report(roundingLevel ? Codes.ProseRounding : Codes.ProseTableMismatch, f.Span, [related], what, stated, printed);

    private static List<string> Tokens(string text) =>
        Word().Matches(text).Select(m => Stem(m.Value.ToLowerInvariant())).Where(w => !Stop.Contains(w)).ToList();

    private static string Stem(string w) => w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 5 ? w[..^2]
        : w.EndsWith('s') && w.Length > 3 && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
