using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace XbrlGen.Init;

/// <summary>What the matcher knows of a printed line: its labels, the statement it is in, its side or section there, whether it is a total, and what its figures count.</summary>
public sealed record LineFacts(string LabelEn, string LabelJa, StatementKind Statement, string? Section, bool IsTotal, FigureKind Figure, bool InstantColumns, bool IsBalanceAtStartOrEnd);

/// <summary>A proposed concept and how sure the matcher is (0 to 1).</summary>
public sealed record Suggestion(Concept Concept, decimal Confidence);

/// <summary>
/// Scores every base concept for a printed line: label similarity in English and Japanese against the concept's
/// labels and usual wordings (normalised: case, punctuation, a leading "Total", footnote marks, parentheses in
/// Japanese), then the statement it is in, its side of the balance sheet or section of the cash flow (position), its
/// role (a total or not) and, as a tie-breaker, how many filers use the concept. A concept whose period type or figure
/// kind cannot hold the line is never proposed.
/// </summary>
public sealed partial class ConceptMatcher(ConceptVocabulary vocabulary)
{
    /// <summary>Below this a line gets an extension concept: no base concept is a good match.</summary>
    public const decimal Threshold = 0.55m;

    public IReadOnlyList<Suggestion> Rank(LineFacts line, int count = 3)
    {
        var en = Words(line.LabelEn);
        var ja = JaKey(line.LabelJa);
        if (en is ["other"] or ["others"] or ["misc"] || ja is "その他" || en.Count == 0 && ja.Length == 0)
        {
            // "Other" says nothing of what the line is, except in a cash flow, whose sections each have an "other" concept.
            var other = line.Statement != StatementKind.CashFlow || line.Figure != FigureKind.Monetary ? null : line.Section switch
            {
                "Operating Activities" => "OtherOperatingActivitiesCashFlowStatement",
                "Investing Activities" => "PaymentsForProceedsFromOtherInvestingActivities",
                "Financing Activities" => "ProceedsFromPaymentsForOtherFinancingActivities",
                _ => null,
            };
            return vocabulary.Entries.Where(e => e.Concept.Name.LocalName == other).Select(e => new Suggestion(e.Concept, 0.6m)).ToList();
        }
        var ranked = new List<(VocabularyEntry Entry, double Score)>();
        foreach (var entry in vocabulary.Entries)
        {
            if (!Fits(entry, line))
            {
                continue;
            }

            var simEn = 0.0;
            var simJa = 0.0;
            foreach (var wording in entry.Wordings)
            {
                if (TextCleanerHasCjk(wording))
                {
                    simJa = ja.Length == 0 ? 0 : Math.Max(simJa, JaSimilarity(ja, JaKey(wording)));
                }
                else
                {
                    simEn = en.Count == 0 ? 0 : Math.Max(simEn, Dice(en, Words(wording)));
                }
            }

            // Both languages printed: the better one leads, the other confirms.
            var similarity = en.Count > 0 && ja.Length > 0 ? Math.Max(simEn, simJa) * 0.75 + (simEn + simJa) / 2 * 0.25 : Math.Max(simEn, simJa);

            if (similarity < 0.6)
            {
                continue;
            }

            similarity *= Qualifiers(en, entry.Concept.Name.LocalName);
            var statement = entry.Statement == line.Statement ? 1.0 : entry.Statement == StatementKind.Other || line.Statement == StatementKind.Other ? 0.5 : 0.0;
            if (statement == 0.0 && line.Statement == StatementKind.CashFlow && line.Section == "Operating Activities" && entry.Statement == StatementKind.IncomeStatement)
            {
                statement = 0.5; // the operating section adjusts net income by the income statement's own items (deferred taxes, equity-method results)
            }
            else if (statement == 0.0 && line.Statement is StatementKind.CashFlow or StatementKind.BalanceSheet && !line.IsBalanceAtStartOrEnd)
            {
                similarity *= 0.8; // a cash flow's or balance sheet's line is rarely another statement's concept
            }

            if (line.Statement == StatementKind.IncomeStatement && entry.Statement is StatementKind.PerShare && line.Figure != FigureKind.Monetary)
            {
                statement = 1.0;
            }

            var position = Position(entry, line);
            var role = entry.IsTotal == line.IsTotal ? 1.0 : 0.5;
            var prior = Math.Min(1.0, Math.Log10(entry.CompanyCount + 1) / 4.0);
            var score = similarity * 0.7 + statement * 0.1 + position * 0.12 + role * 0.03 + prior * 0.05;
            ranked.Add((entry, score));
        }

        return [.. ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Entry.Concept.Name.Prefixed, StringComparer.Ordinal).Take(count)
            .Select(r => new Suggestion(r.Entry.Concept, Math.Round((decimal)Math.Min(1.0, r.Score), 2)))];
    }

    /// <summary>
    /// Words that change what a line is must agree with the concept: discontinued operations (either way), a
    /// noncontrolling or minority share the label names and the concept does not, a cash flow's activity, and basic and
    /// diluted together.
    /// </summary>
    private static double Qualifiers(IReadOnlyList<string> words, string concept)
    {
        var factor = 1.0;
        if (words.Contains("discontinued") != concept.Contains("Discontinued", StringComparison.Ordinal))
        {
            factor *= 0.75;
        }

        if ((words.Any(w => w is "noncontrolling" or "minority") || words.Contains("non") && words.Contains("controlling")) && !concept.Contains("Noncontrolling", StringComparison.Ordinal) && !concept.Contains("Minority", StringComparison.Ordinal))
        {
            factor *= 0.75;
        }

        // A cash flow's activity: a line that names operating, investing or financing activities is not another's.
        var activities = new[] { "Operating", "Investing", "Financing" };
        var named = activities.Where(a => words.Contains(a.ToLowerInvariant())).ToList();
        if (named.Count == 1 && concept.Contains("Activities", StringComparison.Ordinal) && !concept.Contains(named[0] + "Activities", StringComparison.Ordinal))
        {
            factor *= 0.6;
        }

        // "Basic and diluted" is one figure for both; a line that names one of them is that one.
        if (concept.Contains("BasicAndDiluted", StringComparison.Ordinal) && !(words.Contains("basic") && words.Contains("diluted")))
        {
            factor *= 0.75;
        }

        return factor;
    }

    private static bool Fits(VocabularyEntry entry, LineFacts line)
    {
        if (entry.Figure != line.Figure)
        {
            return false;
        }

        // A duration concept cannot take balance-sheet dates; an instant concept in a flow table only as an opening or closing balance.
        return entry.Concept.PeriodType == PeriodType.Instant ? line.InstantColumns || line.IsBalanceAtStartOrEnd : !line.InstantColumns;
    }

    /// <summary>Where the line sits: assets above the total assets, liabilities and equity below; the cash flow's sections.</summary>
    private static double Position(VocabularyEntry entry, LineFacts line)
    {
        if (line.Section is null)
        {
            return 0.5;
        }

        return line.Section switch
        {
            "current assets" or "noncurrent assets" or "current liabilities" or "noncurrent liabilities" => Side(entry, line.Section),
            "Non-Operating" => entry.Section is "Non-Operating Items" or "Income Tax" or "Net Income" or "Income Before Tax" ? 1.0 : entry.Section is "Revenue" or "Cost of Revenue" or "Operating Expenses" ? 0.0 : 0.5,
            "Operating" => entry.Section is "Revenue" or "Cost of Revenue" or "Operating Expenses" or "Gross Profit" or "Operating Income" ? 1.0 : entry.Section is "Non-Operating Items" ? 0.0 : 0.5,
            "assets" => entry.Concept.Balance == Balance.Debit || entry.Section.Contains("Assets", StringComparison.Ordinal) ? 1.0 : 0.0,
            "liabilities" => entry.Concept.Balance == Balance.Credit || entry.Section.Contains("Liabilities", StringComparison.Ordinal) || entry.Section == "Equity" ? 1.0 : 0.0,
            var s => entry.Section.Contains(s, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.5,
        };
    }

    /// <summary>A balance sheet line's side and term against a concept's: assets or liabilities by balance, current or noncurrent by name.</summary>
    private static double Side(VocabularyEntry entry, string section)
    {
        var assets = section.EndsWith("assets", StringComparison.Ordinal);
        var contra = entry.Concept.Name.LocalName.Contains("Accumulated", StringComparison.Ordinal) || entry.Concept.Name.LocalName.Contains("Allowance", StringComparison.Ordinal);
        if (entry.Concept.Balance != Balance.None && (entry.Concept.Balance == Balance.Debit) != assets && !contra && !entry.Concept.Name.LocalName.StartsWith("Treasury", StringComparison.Ordinal))
        {
            return 0.0;
        }

        var name = entry.Concept.Name.LocalName;
        var noncurrent = section.StartsWith("noncurrent", StringComparison.Ordinal);
        return name.EndsWith("Noncurrent", StringComparison.Ordinal) ? (noncurrent ? 1.0 : 0.0)
            : name.EndsWith("Current", StringComparison.Ordinal) ? (noncurrent ? 0.0 : 1.0) : 0.6;
    }

    private static bool TextCleanerHasCjk(string text) => Reading.TextCleaner.HasCjk(text);

    /// <summary>A label's words, lower case, without punctuation, footnote marks, a leading "total" or little words.</summary>
    public static List<string> Words(string label)
    {
        // What the line is, without what it includes or is net of: "COST OF SALES (Including buying, distribution, and
        // occupancy costs)" is cost of sales, "SALES, Net of returns and allowances" sales.
        var core = NetOf().Replace(Parenthesized().Replace(label, " "), string.Empty);
        if (core.Any(char.IsLetter))
        {
            label = core;
        }

        var sb = new StringBuilder();
        foreach (var c in label.ToLowerInvariant())
        {
            sb.Append(char.IsLetter(c) ? c : ' ');
        }

        var words = Compounds(sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w is not ("of" or "the" or "and" or "in" or "for" or "to" or "a" or "an" or "s" or "net" or "ended" or "period" or "less" or "plus" or "add"))
            .Select(Stem).ToList();
        if (words.Count > 1 && words[0] == "total")
        {
            words.RemoveAt(0);
        }

        return words;
    }

    /// <summary>
    /// Words read as one: "non" and the word after it, as US-GAAP writes them ("non-interest" is "noninterest", "non
    /// current" "noncurrent"), and a bank's "net interest", which is not interest with a little word before it.
    /// </summary>
    private static IEnumerable<string> Compounds(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            yield return words[i] is "non" or "net" && i + 1 < words.Length && (words[i] == "non" || words[i + 1] == "interest") ? words[i] + words[++i] : words[i];
        }
    }

    private static string Stem(string w) => w switch
    {
        "revenues" => "revenue",
        "expenses" => "expense",
        "costs" => "cost",
        "sales" => "sale",
        "taxes" => "tax",
        "activities" => "activity",
        "equivalents" => "equivalent",
        "liabilities" => "liability",
        "assets" => "asset",
        "earnings" => "income",
        "shareholders" or "stockholders" => "stockholder",
        "loss" or "losses" => "loss",
        _ => w,
    };

    /// <summary>Twice the shared words over all words (Dice), words compared after stemming.</summary>
    public static double Dice(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var rest = b.ToList();
        var shared = 0;
        foreach (var w in a)
        {
            var i = rest.IndexOf(w);
            if (i >= 0)
            {
                shared++;
                rest.RemoveAt(i);
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>A Japanese label without spaces, parenthesised notes (（△は減少）), a trailing 合計 or 計, and footnote marks.</summary>
    public static string JaKey(string label)
    {
        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in label.Normalize(NormalizationForm.FormKC))
        {
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && !char.IsWhiteSpace(c) && c is not ('※' or '*' or '・' or '、' or '△' or '▲'))
            {
                sb.Append(c);
            }
        }

        var key = sb.ToString();
        foreach (var suffix in new[] { "合計", "計" })
        {
            if (key.Length > suffix.Length + 1 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                key = key[..^suffix.Length];
            }
        }

        return key.Replace("四半期", "当期", StringComparison.Ordinal).Replace("損失", "利益", StringComparison.Ordinal);
    }

    /// <summary>Character-bigram Dice of two Japanese keys; 1 when equal.</summary>
    public static double JaSimilarity(string a, string b)
    {
        if (a == b)
        {
            return a.Length > 0 ? 1 : 0;
        }

        static List<string> Bigrams(string s) => s.Length < 2 ? [s] : [.. Enumerable.Range(0, s.Length - 1).Select(i => s.Substring(i, 2))];
        var x = Bigrams(a);
        var y = Bigrams(b);
        return Dice(x, y) * 0.95;
    }

    internal static string Invariant(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\((?:including|includes|excluding|exclusive of|inclusive of|net of|less)\b[^()]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@",?\s+net of\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex NetOf();
}
