using System.Globalization;
using System.Text.RegularExpressions;
using XbrlGen.Model;
using XbrlGen.Xbrl;

namespace XbrlGen.Rendering;

/// <summary>
/// Where each fact of a bilingual Inline XBRL document set is tagged. The pages (one per language) form one document
/// set with one target document, so every fact is tagged exactly once across the set: on the primary language's page
/// at the first place it is printed there at its own precision (its decimals), otherwise at the first such place on
/// the other page; every other printed copy is plain text linking to the tagged one. A copy printed at a coarser scale
/// (millions for a fact known to the thousand) never carries the tag. A fact printed nowhere at its precision goes in
/// the primary page's <c>ix:hidden</c>.
/// </summary>
public sealed partial class InlinePlan
{
    // Facts are keyed by identity: each is one object of the filing, and hashing a fact record by value walks its concept, context and unit.
    private readonly Dictionary<Fact, (Language Language, PlannedFigure Figure)> _tagged = new(ReferenceEqualityComparer.Instance);

    private InlinePlan(Filing filing, IReadOnlyList<InlinePage> pages)
    {
        Filing = filing;
        Pages = pages;
        Ids = filing.Facts.Select((f, i) => (f, i)).ToDictionary<(Fact f, int i), Fact, string>(p => p.f, p => FactIds.Nth(p.i + 1), ReferenceEqualityComparer.Instance);
        foreach (var page in pages)
        {
            foreach (var figure in page.Figures())
            {
                if (figure.Fact is { } fact && figure.Exact && !_tagged.ContainsKey(fact))
                {
                    _tagged[fact] = (page.Language, figure);
                    figure.Tagged = true;
                }
            }
        }

        Hidden = filing.Facts.Where(f => !_tagged.ContainsKey(f)).ToList();
    }

    public Filing Filing { get; }

    /// <summary>The pages, primary language first.</summary>
    public IReadOnlyList<InlinePage> Pages { get; }

    /// <summary>Each fact's id in the document set: <c>f1</c>, <c>f2</c>, ... in the filing's fact order.</summary>
    public IReadOnlyDictionary<Fact, string> Ids { get; }

    /// <summary>Facts with no place on any page at their precision: they go in the primary page's <c>ix:hidden</c>.</summary>
    public IReadOnlyList<Fact> Hidden { get; }

    public Language Primary => Pages[0].Language;

    /// <summary>
    /// The pages that hold facts: the primary page (contexts, units, hidden facts) and any other page that tags a figure.
    /// A page whose every figure links to a tag on another page is a reading copy, not a document of the set.
    /// </summary>
    public IEnumerable<Language> PagesWithFacts => Pages.Where(p => p.Language == Primary || p.Figures().Any(f => f.Tagged)).Select(p => p.Language);

    /// <summary>The page a fact is tagged on; hidden facts are on the primary page.</summary>
    public Language TaggedOn(Fact fact) => _tagged.TryGetValue(fact, out var t) ? t.Language : Primary;

    public static InlinePlan Create(Filing filing)
    {
        var primary = filing.Layout.PrimaryLanguage;
        var other = primary == Language.En ? Language.Ja : Language.En;
        return new InlinePlan(filing, [InlinePage.Draft(filing, primary), InlinePage.Draft(filing, other)]);
    }

    /// <summary>The facts the document set holds, by page and the hidden section: each exactly once.</summary>
    public int TaggedCount => _tagged.Count;

    /// <summary>
    /// Whether a printed copy shows the fact's value at the fact's precision: its digits times its scale are the value
    /// (the sign is the tag's), and the decimals the copy implies are the fact's.
    /// </summary>
    internal static bool PrintsExactly(Fact fact, string text, decimal printed, int scale)
    {
        if (fact.Value is not { } value || fact.Decimals is not { } d || !d.IsFinite(out var decimals))
        {
            return false;
        }

        if (scale is < 0 or > 28)
        {
            return false;
        }

        var (shown, implied) = Calculations.Scaled(printed, DecimalPlaces(text), scale);
        return implied == decimals && Math.Abs(shown) == Math.Abs(value) && Digits().IsMatch(Split(text).Body);
    }

    private static int DecimalPlaces(string text)
    {
        var body = Split(text).Body;
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : body.Length - dot - 1;
    }

    /// <summary>A printed figure split into what stays outside the tag (parentheses, a minus sign, a %) and the digits.</summary>
    /// <summary>
    /// A printed number's parts: before <c>\(?[-△▲]?</c>, body <c>[0-9][0-9,]*(\.[0-9]+)?</c>, after <c>%?\)?</c>, the
    /// whole text; anything else is all body. Scanned by hand: it runs for every printed figure (a regular expression
    /// allocated a match and its groups each time).
    /// </summary>
    internal static (string Before, string Body, string After) Split(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '(')
        {
            i++;
        }

        if (i < text.Length && text[i] is '-' or '△' or '▲')
        {
            i++;
        }

        var start = i;
        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return (string.Empty, text, string.Empty);
        }

        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == ','))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            for (i += 2; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
            }
        }

        var end = i;
        if (i < text.Length && text[i] == '%')
        {
            i++;
        }

        if (i < text.Length && text[i] == ')')
        {
            i++;
        }

        return i == text.Length ? (text[..start], text[start..end], text[end..]) : (string.Empty, text, string.Empty);
    }

    // ixt:num-dot-decimal: digits in groups of three separated by commas, or plain digits, and an optional fraction.
    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$")]
    private static partial Regex Digits();
}

/// <summary>A figure or text on a page that may show a fact: tagged there, or linking to where it is tagged.</summary>
public sealed class PlannedFigure(Fact? fact, string text, int scale, bool exact)
{
    public Fact? Fact { get; } = fact;

    /// <summary>As printed: <c>(1,059,574)</c>, <c>8,344</c>, <c>-</c>, <c>6-K</c>.</summary>
    public string Text { get; } = text;

    public int Scale { get; } = scale;

    /// <summary>Whether this copy shows the fact at its own precision, so it may carry the tag.</summary>
    public bool Exact { get; } = exact;

    public bool Tagged { get; set; }
}

/// <summary>A printed table on a page, and its figures by row and column.</summary>
public sealed record PlannedTable(PrintedTable Table, IReadOnlyList<IReadOnlyDictionary<int, PlannedFigure>> Rows);

/// <summary>One language's page: the cover (document and entity facts, then facts from the running text) and the tables.</summary>
public sealed record InlinePage(Language Language, IReadOnlyList<(Fact Fact, PlannedFigure Figure)> Cover, IReadOnlyList<PlannedTable> Tables)
{
    public static InlinePage Draft(Filing filing, Language language)
    {
        var cover = new List<(Fact, PlannedFigure)>();
        foreach (var fact in filing.Facts.Where(f => f.Value is null))
        {
            cover.Add((fact, new PlannedFigure(fact, Shown(fact, language), 0, true)));
        }

        foreach (var group in filing.Layout.Prose.GroupBy(p => p.Fact).OrderBy(g => IndexOf(filing, g.Key)))
        {
            var copy = group.FirstOrDefault(p => p.Language == language) ?? group.First();
            cover.Add((group.Key, new PlannedFigure(group.Key, copy.Text, copy.Scale, InlinePlan.PrintsExactly(group.Key, copy.Text, PrintedValue(copy.Text), copy.Scale))));
        }

        var tables = filing.Layout.Tables.Where(t => t.Language == language).Select(t => new PlannedTable(t, t.Rows.Select(r =>
            (IReadOnlyDictionary<int, PlannedFigure>)r.Figures.ToDictionary(f => f.Column, f => new PlannedFigure(
                f.Fact, f.Text, f.Scale, f.Fact is { } fact && (f.IsDash ? fact.Value == 0 : InlinePlan.PrintsExactly(fact, f.Text, f.Value, f.Scale))))).ToList())).ToList();
        return new InlinePage(language, cover, tables);
    }

    /// <summary>A text fact as a reader reads it: a boolean in words (the tag's transformation gives back the value), anything else as it is.</summary>
    public static string Shown(Fact fact, Language language) => (IsBoolean(fact), fact.Text, language) switch
    {
        (true, "true", Language.Ja) => "はい",
        (true, "false", Language.Ja) => "いいえ",
        (true, "true", _) => "Yes",
        (true, "false", _) => "No",
        _ => fact.Text ?? string.Empty,
    };

    public static bool IsBoolean(Fact fact) => ItemTypes.Local(fact.Concept.ItemType) == "booleanItemType";

    /// <summary>Every figure of the page in the order it is printed.</summary>
    public IEnumerable<PlannedFigure> Figures() =>
        Cover.Select(c => c.Figure).Concat(Tables.SelectMany(t => t.Rows.SelectMany(r => r.OrderBy(p => p.Key).Select(p => p.Value))));

    private static int IndexOf(Filing filing, Fact fact)
    {
        for (var i = 0; i < filing.Facts.Count; i++)
        {
            if (ReferenceEquals(filing.Facts[i], fact))
            {
                return i;
            }
        }

        return -1;
    }

    private static decimal PrintedValue(string text) =>
        decimal.TryParse(InlinePlan.Split(text).Body.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : 0m;
}
