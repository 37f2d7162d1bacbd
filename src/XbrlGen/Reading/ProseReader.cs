using System.Globalization;
using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Model;

namespace XbrlGen.Reading;

/// <summary>What a figure in running text is: an amount of money (or per-share money), or a percentage.</summary>
public enum ProseKind
{
    Amount,
    Percent,
}

/// <summary>The direction a percentage states: an increase, a decrease, or none stated.</summary>
public enum ChangeDirection
{
    None,
    Increase,
    Decrease,
}

/// <summary>
/// A figure read from the release's running text, as printed: <see cref="Value"/> at the printed scale (signed when a
/// minus or ▲ is printed), <see cref="Scale"/> the power of ten its words give (million 6, 億円 8), its currency for
/// amounts, the period words near it (<c>1Q02</c>, <c>前年同期</c>; null for the report's period), for a percentage the
/// period it is compared with and its direction, and <see cref="Subject"/>, the text between the previous figure of its
/// sentence (or the sentence's start) and it.
/// </summary>
public sealed record ProseFigure(
    SourceSpan Span,
    Language Language,
    ProseKind Kind,
    string Text,
    decimal Value,
    int DecimalPlaces,
    int Scale,
    string? Currency,
    string? PeriodText,
    string? CompareText,
    ChangeDirection Direction,
    string Subject,
    int Sentence)
{
    /// <summary>An amount per share or per ADS (<c>JPY 418,200 per share</c>, <c>JPY -43.98</c>).</summary>
    public bool PerUnit { get; init; }

    /// <summary>The decimals of the stated figure in full units (a figure in millions with one decimal place is -5).</summary>
    public int Decimals => DecimalPlaces - Scale;
}

/// <summary>A conversion rate the release states in its text, as <c>JPY119.87 = $1</c> or <c>119.87円=1米ドル</c>.</summary>
public sealed record StatedRate(string From, string To, decimal Rate, string Text, SourceSpan Span);

/// <summary>
/// Reads the figures of the release's running text in both languages: English amounts (<c>JPY8,344 million</c>,
/// <c>$ 69.6 million</c>, <c>JPY1.37 billion</c>, <c>JPY -43.98</c>), Japanese ones (<c>8,344 百万円</c>, <c>13.7 億円</c>,
/// <c>▲97 百万円</c>), and percentages with the comparison they state. Lines that are table rows are not prose.
/// </summary>
public static partial class ProseReader
{
    private const int MaxFigureLength = 24;

    public static IReadOnlyList<ProseFigure> Read(Release release)
    {
        var joined = Joined(release);
        var text = joined.Text;
        var figures = new List<(int Index, int Length, ProseFigure Figure)>();
        var sentences = SentenceStarts(text);

        foreach (Match m in EnglishAmount().Matches(text))
        {
            if (Excluded(text, m))
            {
                continue;
            }

            var cur = m.Groups["cur"].Value.EndsWith('$') ? "USD" : m.Groups["cur"].Value;
            var scale = m.Groups["scale"].Value.ToLowerInvariant() switch { "million" => 6, "billion" => 9, "thousand" => 3, _ => 0 };
            if (Add(figures, joined, sentences, m, Language.En, ProseKind.Amount, m.Groups["v"].Value, scale, cur) is { } amount)
            {
                figures[^1] = figures[^1] with { Figure = amount with { PerUnit = m.Groups["per"].Success || (scale == 0 && amount.DecimalPlaces > 0) } };
            }
        }

        foreach (Match m in JapaneseAmount().Matches(text))
        {
            if (Excluded(text, m))
            {
                continue;
            }

            var scale = m.Groups["scale"].Value switch { "百万円" => 6, "億円" => 8, "千円" => 3, _ => 0 };
            Add(figures, joined, sentences, m, Language.Ja, ProseKind.Amount, m.Groups["v"].Value, scale, "JPY");
        }

        foreach (Match m in JapanesePercent().Matches(text))
        {
            var f = Add(figures, joined, sentences, m, Language.Ja, ProseKind.Percent, m.Groups["v"].Value, 0, null);
            if (f is not null)
            {
                figures[^1] = figures[^1] with
                {
                    Figure = f with { CompareText = m.Groups["kw"].Value[..^1], Direction = m.Groups["dir"].Value == "減" ? ChangeDirection.Decrease : ChangeDirection.Increase },
                };
            }
        }

        foreach (Match m in EnglishPercent().Matches(text))
        {
            if (!IsJapanese(text, m.Index))
            {
                Add(figures, joined, sentences, m, Language.En, ProseKind.Percent, m.Groups["v"].Value, 0, null);
            }
        }

        figures.Sort((a, b) => a.Index.CompareTo(b.Index));
        var result = new List<ProseFigure>(figures.Count);
        // The next percentage after each figure, found in one pass from the end.
        var nextPercentAt = new int[figures.Count];
        for (int i = figures.Count - 1, next = -1; i >= 0; i--)
        {
            nextPercentAt[i] = next;
            if (figures[i].Figure.Kind == ProseKind.Percent)
            {
                next = i;
            }
        }

        for (var i = 0; i < figures.Count; i++)
        {
            var (index, length, f) = figures[i];
            var previousEnd = i > 0 && figures[i - 1].Figure.Sentence == f.Sentence ? figures[i - 1].Index + figures[i - 1].Length : sentences[f.Sentence];
            // Two patterns can read overlapping figures (an amount and a percentage sharing digits): the later one has no text before it.
            var subject = Clean(text[Math.Min(previousEnd, index)..index]);
            var sentenceEnd = f.Sentence + 1 < sentences.Count ? sentences[f.Sentence + 1] : text.Length;
            var windowEnd = nextPercentAt[i] >= 0 && figures[nextPercentAt[i]].Index < sentenceEnd ? figures[nextPercentAt[i]].Index : sentenceEnd;
            var after = text[(index + length)..Math.Max(index + length, windowEnd)];
            if (f.Language == Language.En && f.Kind == ProseKind.Amount)
            {
                var label = AfterQuarter().Match(after) is { Success: true } q ? q.Groups["q"].Value
                    : QuarterLabel().Matches(subject).LastOrDefault()?.Value;
                f = f with { PeriodText = label };
            }
            else if (f.Language == Language.Ja && f.Kind == ProseKind.Amount)
            {
                f = f with { PeriodText = JapanesePeriod().Matches(subject).LastOrDefault()?.Value };
            }
            else if (f.Language == Language.En && f.Kind == ProseKind.Percent)
            {
                var compare = ComparedTo().Match(after);
                var direction = Directions(subject);
                if (direction == ChangeDirection.None && i > 0 && result[^1].Sentence == f.Sentence && result.LastOrDefault(r => r.Kind == ProseKind.Percent && r.Sentence == f.Sentence) is { } prev)
                {
                    direction = prev.Direction;
                }

                f = f with { CompareText = compare.Success ? compare.Groups["q"].Value : null, Direction = compare.Success ? direction : ChangeDirection.None };
            }

            result.Add(f with { Subject = subject });
        }

        return result;
    }

    /// <summary>Conversion rates the release states, in printed order.</summary>
    public static IReadOnlyList<StatedRate> Rates(Release release)
    {
        var joined = Joined(release);
        var text = joined.Text;
        var rates = new List<StatedRate>();
        foreach (Match m in RateEnglish().Matches(text))
        {
            if (Rate(m) is { } rate)
            {
                rates.Add(new StatedRate(m.Groups["from"].Value, "USD", rate, Clean(m.Value), joined.SpanAt(m.Index)));
            }
        }

        foreach (Match m in RateJapanese().Matches(text))
        {
            if (Rate(m) is { } rate)
            {
                rates.Add(new StatedRate("JPY", "USD", rate, Clean(m.Value), joined.SpanAt(m.Index)));
            }
        }

        return rates.OrderBy(r => r.Span.Line).ThenBy(r => r.Span.Column).ToList();
    }

    private static decimal? Rate(Match m) =>
        decimal.TryParse(m.Groups["r"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate > 0 ? rate : null;

    private static ProseFigure? Add(List<(int, int, ProseFigure)> figures, JoinedText joined, List<int> sentences, Match m, Language language, ProseKind kind, string value, int scale, string? currency)
    {
        var token = value.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (token.Length > MaxFigureLength)
        {
            return null; // no amount has more digits than a decimal holds; a run of digits that long is not a figure
        }

        var negative = token.StartsWith('-') || token.StartsWith('▲') || token.StartsWith('△');
        var printed = PrintedNumber.TryParse(negative ? token[1..] : token);
        if (printed is null || printed.IsDash)
        {
            return null;
        }

        var sentence = sentences.BinarySearch(m.Index);
        sentence = sentence >= 0 ? sentence : ~sentence - 1;
        var figure = new ProseFigure(joined.SpanAt(m.Index), language, kind, Clean(m.Value), negative ? -printed.Value : printed.Value, printed.DecimalPlaces, scale, currency,
            null, null, ChangeDirection.None, string.Empty, Math.Max(0, sentence));
        figures.Add((m.Index, m.Length, figure));
        return figure;
    }

    private static ChangeDirection Directions(string subject)
    {
        var last = DirectionWord().Matches(subject).LastOrDefault();
        if (last is null)
        {
            return ChangeDirection.None;
        }

        var w = last.Value.ToLowerInvariant();
        return w.StartsWith("incr", StringComparison.Ordinal) || w.StartsWith("gr", StringComparison.Ordinal) || w.StartsWith("ros", StringComparison.Ordinal) || w.StartsWith("up", StringComparison.Ordinal)
            ? ChangeDirection.Increase : ChangeDirection.Decrease;
    }

    /// <summary>A rate (<c>JPY119.87 = $1</c>) is not an amount; neither is an amount inside a table row.</summary>
    private static bool Excluded(string text, Match m)
    {
        var rest = text.AsSpan(m.Index + m.Length).TrimStart(' ');
        return rest.StartsWith("=") || text.AsSpan(0, m.Index).TrimEnd(' ').EndsWith("=");
    }

    private static bool IsJapanese(string text, int index)
    {
        var from = Math.Max(0, index - 12);
        for (var i = from; i < Math.Min(text.Length, index + 12); i++)
        {
            if (text[i] is >= '\u3040' and <= '\u9fff' or >= '\uff00' and <= '\uffef')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text as quoted in a message: runs of whitespace (line breaks included) as one space.</summary>
    public static string Clean(string s) => Whitespace().Replace(s, " ").Trim();

    /// <summary>Sentences end at a full stop followed by a space, a Japanese full stop, a bullet, or a blank line.</summary>
    private static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        foreach (Match m in SentenceBreak().Matches(text))
        {
            starts.Add(m.Index + m.Length);
        }

        return starts;
    }

    /// <summary>The release as one string, table rows and headings blanked out (so their figures are not read as prose), lines joined by a newline.</summary>
    private static JoinedText Joined(Release release) =>
        JoinedText.Of(release.File, release.Lines, '\n', release.Tables.SelectMany(t => t.Rows.Select(r => r.Span.Line)).Concat(release.Tables.Select(t => t.HeadingSpan.Line)).ToHashSet());

    [GeneratedRegex(@"(?<cur>JPY|US\$|\$)\s?(?<v>-?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s?(?<scale>million|billion|thousand)\b)?(?<per>\s+per\s+(?:share|ADS))?", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAmount();

    [GeneratedRegex(@"(?<v>[▲△-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s?(?<scale>百万円|億円|千円)", RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseAmount();

    [GeneratedRegex(@"(?<kw>前年同期比|前期比|前四半期比)\s?(?<v>\d+(?:\.\d+)?)[％%](?<dir>減|増)", RegexOptions.CultureInvariant)]
    private static partial Regex JapanesePercent();

    [GeneratedRegex(@"(?<![\d.,])(?<v>-?\d+(?:\.\d+)?)\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPercent();

    [GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*,?\s*(?:in|for|of)\s+(?<q>\d[Qq]\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex AfterQuarter();

    [GeneratedRegex(@"\b\d[Qq]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterLabel();

    [GeneratedRegex(@"前年同期|前四半期|前期(?!比)", RegexOptions.CultureInvariant)]
    private static partial Regex JapanesePeriod();

    [GeneratedRegex(@"^[^%]*?\b(?:compared\s+(?:to|with)|from|over|versus|than)\s+(?:the\s+)?(?<q>\d[Qq]\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ComparedTo();

    [GeneratedRegex(@"\b(?:increas\w*|decreas\w*|declin\w*|grow\w*|grew|rose|risen|fell|fall\w*|drop\w*|up|down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DirectionWord();

    [GeneratedRegex(@"(?<from>[A-Z]{3})\s?(?<r>\d+\.\d+)\s?=\s?(?:US)?\$\s?1\b", RegexOptions.CultureInvariant)]
    private static partial Regex RateEnglish();

    [GeneratedRegex(@"(?<r>\d+\.\d+)円\s?=\s?1米ドル", RegexOptions.CultureInvariant)]
    private static partial Regex RateJapanese();

    [GeneratedRegex(@"(?<=[.。])[ \n]+(?=[^a-z0-9])|。|・|\n[ \t\u3000]*\n", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
