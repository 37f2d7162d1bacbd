using System.Globalization;
using System.Reflection;

namespace XbrlGen.Init;

/// <summary>The primary statement a table is, or a line of the base taxonomy is printed in.</summary>
public enum StatementKind
{
    Other,
    BalanceSheet,
    IncomeStatement,
    CashFlow,
    ComprehensiveIncome,
    Equity,
    PerShare,
}

/// <summary>What a line's figures count: money, money per share, shares, or a pure number.</summary>
public enum FigureKind
{
    Monetary,
    PerShare,
    Shares,
    Pure,
}

/// <summary>
/// One concept of the base taxonomy as the matcher sees it: its attributes, the statement and section real filers print
/// it in, whether it is a total there, how many companies use it (the prior), and its usual wordings in both languages.
/// </summary>
public sealed record VocabularyEntry(
    Concept Concept,
    StatementKind Statement,
    string Section,
    bool IsTotal,
    int CompanyCount,
    IReadOnlyList<string> Wordings)
{
    public FigureKind Figure => ItemTypes.Local(Concept.ItemType) switch
    {
        "perShareItemType" => FigureKind.PerShare,
        "sharesItemType" => FigureKind.Shares,
        "pureItemType" => FigureKind.Pure,
        _ => FigureKind.Monetary,
    };
}

/// <summary>
/// The concepts <c>init</c> may propose: the base taxonomy's (attributes from its schema), described by the data the
/// taxonomy is generated from (<c>taxonomy-source/gaap-concepts.csv</c>, embedded) and the usual wordings of the key
/// lines (<c>Init/wordings.txt</c>, embedded). No figure or company is in here: words and a prior only.
/// </summary>
public sealed class ConceptVocabulary
{
    private ConceptVocabulary(IReadOnlyList<VocabularyEntry> entries) => Entries = entries;

    public IReadOnlyList<VocabularyEntry> Entries { get; }

    public static ConceptVocabulary Create(BaseTaxonomy taxonomy)
    {
        var wordings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in Resource("XbrlGen.Init.wordings.txt").Where(l => l.Length > 0 && l[0] != '#'))
        {
            // A concept may have several lines (its statement wordings, its opening and closing balances): all count.
            var parts = line.Split('|');
            if (!wordings.TryGetValue(parts[0], out var list))
            {
                wordings[parts[0]] = list = [];
            }

            list.AddRange(parts.Skip(1));
        }

        var entries = new List<VocabularyEntry>();
        foreach (var row in Resource("XbrlGen.Init.gaap-concepts.csv").Skip(1).Where(l => l.Length > 0))
        {
            var f = Csv(row);
            if (!taxonomy.Concepts.TryGetValue("gaap:" + f[0], out var concept) || concept.IsAbstract)
            {
                continue;
            }

            var words = new List<string> { f[8], f[9] };
            words.AddRange(wordings.GetValueOrDefault(f[0]) ?? []);
            entries.Add(new VocabularyEntry(concept, Statement(f[1]), f[2], f[3] == "True",
                int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0, words));
        }

        return new ConceptVocabulary(entries);
    }

    private static StatementKind Statement(string text) => text switch
    {
        "BalanceSheet" => StatementKind.BalanceSheet,
        "IncomeStatement" => StatementKind.IncomeStatement,
        "CashFlowStatement" => StatementKind.CashFlow,
        "ComprehensiveIncome" => StatementKind.ComprehensiveIncome,
        "StatementOfEquity" => StatementKind.Equity,
        "PerShareData" => StatementKind.PerShare,
        _ => StatementKind.Other,
    };

    private static IEnumerable<string> Resource(string name)
    {
        using var stream = typeof(ConceptVocabulary).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>One CSV row's fields (double quotes around fields that hold commas).</summary>
    private static List<string> Csv(string row)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
