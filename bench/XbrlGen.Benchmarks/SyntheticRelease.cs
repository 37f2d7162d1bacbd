using System.Globalization;
using System.Text;

namespace XbrlGen.Benchmarks;

/// <summary>
/// A synthetic earnings release shaped like the bundled IIJ one, scaled to <c>Tables x LinesPerTable</c> line items
/// over <c>Periods</c> quarters: each table is printed in Japanese and in English (copies that merge into one fact),
/// in JPY millions, under quarter columns <c>1Q03 4Q02 3Q02 ...</c>; its last line is the total of the others, so every
/// table has a summation that must foot. The mapping folder beside it (entity, concepts, mapping) maps every line, so
/// <c>generate</c> takes it through the real reader, mapper, renderer and validator.
/// </summary>
public sealed record SyntheticRelease(string Name, int Tables, int LinesPerTable, int Periods)
{
    /// <summary>The 1k, 10k and 100k-fact releases (plus the ten document and entity facts every filing has).</summary>
    public static readonly SyntheticRelease[] Standard =
    [
        new("1k", 5, 25, 8),
        new("10k", 20, 50, 10),
        new("100k", 50, 100, 20),
    ];

    public int Facts => Tables * LinesPerTable * Periods;

    public string Folder => BenchPaths.Data("release-" + Name);

    public string ReleaseFile => Path.Combine(Folder, "release.txt");

    public string MappingFolder => Path.Combine(Folder, "mapping");

    public static SyntheticRelease ByName(string name) =>
        Standard.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException("no synthetic release " + name);

    /// <summary>Writes the release and its mapping, unless they are already there (the output is deterministic).</summary>
    public SyntheticRelease Ensure()
    {
        var marker = Path.Combine(Folder, ".complete");
        if (File.Exists(marker))
        {
            return this;
        }

        WriteTo(Folder);
        File.WriteAllText(marker, string.Empty);
        return this;
    }

    /// <summary>Writes <c>release.txt</c> and <c>mapping/</c> into <paramref name="folder"/> (the tests use it without running a benchmark).</summary>
    public void WriteTo(string folder)
    {
        var mapping = Path.Combine(folder, "mapping");
        Directory.CreateDirectory(mapping);
        Write(Path.Combine(folder, "release.txt"), ReleaseText());
        Write(Path.Combine(mapping, "entity.yaml"), EntityYaml);
        Write(Path.Combine(mapping, "concepts.yaml"), ConceptsYaml());
        Write(Path.Combine(mapping, "mapping.yaml"), MappingYaml());
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string T(int t) => t.ToString("000", CultureInfo.InvariantCulture);

    private string Concept(int t, int line) => line == LinesPerTable ? $"syn:T{T(t)}Total" : $"syn:T{T(t)}L{T(line)}";

    private static string LabelEn(int t, int line, bool total) => total ? $"Total of synthetic table {N(t)} revenue" : $"Line {N(line)} of synthetic table {N(t)} revenue";

    private static string LabelJa(int t, int line, bool total) => total ? $"合成表{N(t)}の売上合計" : $"合成表{N(t)}の科目{N(line)}売上";

    /// <summary>Quarter labels from the document quarter (1Q03, fiscal 2003 starting April 2003) backwards.</summary>
    private IEnumerable<string> Quarters()
    {
        var (year, quarter) = (2003, 1);
        for (var i = 0; i < Periods; i++)
        {
            yield return $"{N(quarter)}Q{(year % 100).ToString("00", CultureInfo.InvariantCulture)}";
            if (--quarter == 0)
            {
                quarter = 4;
                year--;
            }
        }
    }

    /// <summary>A line's figure for a period, in millions: deterministic, 1 to 99,999.</summary>
    private static long Figure(int t, int line, int period)
    {
        unchecked
        {
            var h = (uint)((t * 7919) + (line * 104729) + (period * 1299709));
            h ^= h >> 13;
            h *= 0x5bd1e995;
            h ^= h >> 15;
            return 1 + (h % 99_999);
        }
    }

    private string ReleaseText()
    {
        var sb = new StringBuilder();
        var header = "  " + string.Join("  ", Quarters());
        foreach (var ja in new[] { true, false })
        {
            sb.Append(ja ? "合成決算発表（ベンチマーク用）\n\n\n" : "Synthetic earnings release (benchmark input)\n\n\n");
            for (var t = 1; t <= Tables; t++)
            {
                sb.Append(ja ? $"表 {N(t)}. 合成表 {N(t)} (百万円)\n\n" : $"Table {N(t)}. Synthetic table {N(t)} (JPY in millions)\n\n");
                sb.Append(header).Append("\n\n");
                var totals = new long[Periods];
                for (var line = 1; line <= LinesPerTable; line++)
                {
                    var total = line == LinesPerTable;
                    sb.Append(' ').Append(ja ? LabelJa(t, line, total) : LabelEn(t, line, total));
                    for (var p = 0; p < Periods; p++)
                    {
                        var figure = total ? totals[p] : Figure(t, line, p);
                        totals[p] += figure;
                        sb.Append("  ").Append(F(figure));
                    }

                    sb.Append('\n');
                }

                sb.Append("\n\n");
            }
        }

        return sb.ToString();
    }

    private const string EntityYaml = """
        # Synthetic benchmark company: the IIJ entity settings under another prefix.
        prefix: syn
        namespace: http://example.com/xbrl/syn

        entity:
          name: Synthetic Benchmark Inc.
          scheme: http://www.sec.gov/CIK
          identifier: "0000000001"
          tradingSymbol: SYNB

        document:
          type: 6-K
          fiscalYearEnd: --03-31
          fiscalYearNaming: start
          reportingCurrency: JPY

        """;

    private string ConceptsYaml()
    {
        var sb = new StringBuilder("concepts:\n");
        for (var t = 1; t <= Tables; t++)
        {
            for (var line = 1; line <= LinesPerTable; line++)
            {
                var total = line == LinesPerTable;
                sb.Append("  - name: ").Append(Concept(t, line)).Append('\n')
                    .Append("    type: xbrli:monetaryItemType\n    periodType: duration\n    balance: credit\n")
                    .Append($"    label: {{ en: \"{LabelEn(t, line, total)}\", ja: \"{LabelJa(t, line, total)}\" }}\n");
            }
        }

        return sb.ToString();
    }

    private string MappingYaml()
    {
        var sb = new StringBuilder("tables:\n");
        for (var t = 1; t <= Tables; t++)
        {
            sb.Append($"  - id: SyntheticTable{T(t)}\n    source: table-{N(t)}\n")
                .Append($"    title: {{ en: \"Synthetic table {N(t)}\", ja: \"合成表 {N(t)}\" }}\n    lines:\n");
            for (var line = 1; line <= LinesPerTable; line++)
            {
                var total = line == LinesPerTable;
                sb.Append($"      - label: {{ en: \"{LabelEn(t, line, total)}\", ja: \"{LabelJa(t, line, total)}\" }}\n")
                    .Append("        concept: ").Append(Concept(t, line)).Append('\n');
                if (total)
                {
                    sb.Append("        role: total\n        sum: [")
                        .AppendJoin(", ", Enumerable.Range(1, LinesPerTable - 1).Select(l => Concept(t, l)))
                        .Append("]\n");
                }
            }
        }

        return sb.ToString();
    }
}
