using System.Globalization;
using System.Text;
using XbrlGen.Mapping;
using XbrlGen.Model;

namespace XbrlGen.Init;

/// <summary>
/// Writes a draft as a mapping folder's three files (<c>entity.yaml</c>, <c>concepts.yaml</c>, <c>mapping.yaml</c>),
/// the form <c>generate</c> reads, with each choice's confidence and runners-up as a comment beside it. Deterministic:
/// the same draft gives the same bytes.
/// </summary>
public static class DraftWriter
{
    public static IReadOnlyList<(string File, string Text)> Write(MappingDraft draft, string releaseFile) =>
    [
        (MappingLoader.EntityFile, Entity(draft, releaseFile)),
        (MappingLoader.ConceptsFile, Concepts(draft)),
        (MappingLoader.TablesFile, Tables(draft)),
    ];

    private static string Entity(MappingDraft draft, string releaseFile)
    {
        var e = draft.Entity;
        var sb = new StringBuilder();
        sb.Append("# Drafted by xbrlgen init from ").Append(Path.GetFileName(releaseFile)).Append(". Review every line, then fill in the entity identifier and its scheme.\n");
        sb.Append("prefix: ").Append(e.Prefix).Append('\n');
        sb.Append("namespace: ").Append(Quote(e.Namespace)).Append("          # the company's own namespace URI for its extension concepts\n\n");
        sb.Append("entity:\n");
        sb.Append("  name: ").Append(Quote(e.Name)).Append("          # as the release prints it\n");
        sb.Append("  scheme: ").Append(Quote(MappingLoader.PlaceholderScheme)).Append("          # FILL IN: the identifier's scheme, e.g. http://www.sec.gov/CIK\n");
        sb.Append("  identifier: ").Append(Quote(MappingLoader.PlaceholderIdentifier)).Append("          # FILL IN: the company's identifier in that scheme (a release does not print it)\n\n");
        sb.Append("document:\n");
        sb.Append("  type: ").Append(Quote(e.DocumentType)).Append("          # the form the release is filed or furnished on\n");
        sb.Append("  fiscalYearEnd: ").Append(e.Calendar.YearEndGMonthDay).Append("          # from the period headings\n");
        sb.Append("  fiscalYearNaming: ").Append(e.Calendar.Naming == FiscalYearNaming.StartYear ? "start" : "end").Append("          # how the company names its fiscal years (start or end year); check it\n");
        sb.Append("  reportingCurrency: ").Append(e.Currency).Append('\n');
        sb.Append("  primaryLanguage: ").Append(e.PrimaryLanguage.Code()).Append('\n');
        sb.Append("  dashes: zero          # a dash in an amount column is filed as 0, as US filers tag it; omit: no fact\n");
        sb.Append("\nunits:\n");
        sb.Append("  - id: shares\n    measure: xbrli:shares\n");
        sb.Append("  - id: perShare\n    numerator: iso4217:").Append(e.Currency).Append("\n    denominator: xbrli:shares\n");
        sb.Append("  - id: pure\n    measure: xbrli:pure\n");
        return sb.ToString();
    }

    private static string Concepts(MappingDraft draft)
    {
        var sb = new StringBuilder();
        sb.Append("# Extension concepts drafted by xbrlgen init for lines no base concept fits: name from the label, type from the\n");
        sb.Append("# figures, period type and balance from the statement. Prefer a base concept wherever one fits.\n");
        sb.Append("concepts:");
        if (draft.Concepts.Count == 0)
        {
            sb.Append(" []");
        }

        sb.Append('\n');
        foreach (var c in draft.Concepts)
        {
            sb.Append("  - name: ").Append(c.Name).Append('\n');
            sb.Append("    type: ").Append(c.ItemType).Append('\n');
            sb.Append("    periodType: ").Append(c.PeriodType == PeriodType.Instant ? "instant" : "duration").Append('\n');
            if (c.Balance != Balance.None)
            {
                sb.Append("    balance: ").Append(c.Balance == Balance.Debit ? "debit" : "credit").Append('\n');
            }

            sb.Append("    label: ").Append(Label(c.LabelEn, c.LabelJa)).Append('\n');
        }

        if (draft.Members.Count > 0)
        {
            sb.Append("\n# Breakdowns of one total (revenue by product or service) proposed as members of an axis.\naxes:\n");
            sb.Append("  - axis: gaap:ProductOrServiceAxis\n    domain: gaap:ProductsAndServicesDomain\n    members:\n");
            foreach (var m in draft.Members)
            {
                sb.Append("      - name: ").Append(m.Name).Append('\n');
                if (m.Parent != "gaap:ProductsAndServicesDomain")
                {
                    sb.Append("        parent: ").Append(m.Parent).Append('\n');
                }

                sb.Append("        label: ").Append(Label(m.LabelEn, m.LabelJa)).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Tables(MappingDraft draft)
    {
        var sb = new StringBuilder();
        sb.Append("# Drafted by xbrlgen init: every line of every table with dated columns, with the concept the matcher ranks best.\n");
        sb.Append("# Beside each: its confidence (0 to 1) and the runners-up. Review the low ones first (see docs/mapping.md).\n");
        sb.Append("tables:\n");
        foreach (var t in draft.Tables)
        {
            sb.Append("  - id: ").Append(t.Id).Append("          # ").Append(t.Statement).Append('\n');
            sb.Append("    source: ").Append(Quote(t.Source)).Append('\n');
            sb.Append("    title: ").Append(Label(t.TitleEn, t.TitleJa)).Append('\n');
            if (t.Scale is { } scale)
            {
                sb.Append("    scale: ").Append(scale.ToString(CultureInfo.InvariantCulture)).Append("          # the headings state no scale: the figures are read as printed, in whole units; check it\n");
            }

            sb.Append("    lines:\n");
            foreach (var l in t.Lines)
            {
                sb.Append("      - label: ").Append(Label(l.LabelEn, l.LabelJa)).Append('\n');
                sb.Append("        concept: ").Append(l.Concept).Append("          # ").Append(Comment(l)).Append('\n');
                if (l.Members.Count > 0)
                {
                    sb.Append("        members: { ").Append(string.Join(", ", l.Members.Select(m => m.Axis + ": " + m.Member))).Append(" }\n");
                }

                if (l.Role != LineRole.None)
                {
                    sb.Append("        role: ").Append(l.Role switch
                    {
                        LineRole.Total => "total",
                        LineRole.PeriodStart => "periodStart",
                        LineRole.PeriodEnd => "periodEnd",
                        _ => "terse",
                    }).Append('\n');
                }

                if (l.Negated)
                {
                    sb.Append("        negated: true          # printed with the opposite sign of the concept's value\n");
                }

                if (l.Unit is not null)
                {
                    sb.Append("        unit: ").Append(l.Unit).Append('\n');
                }

                if (l.Period == PeriodRole.Start)
                {
                    sb.Append("        period: start\n");
                }

                if (l.Sum.Count > 0)
                {
                    sb.Append("        sum:          # the lines above it foot to it in every column\n");
                    foreach (var (key, weight) in l.Sum)
                    {
                        sb.Append("          - ").Append(Quote((weight < 0 ? "-" : string.Empty) + key)).Append('\n');
                    }
                }
            }
        }

        return sb.ToString();
    }

    private static string Comment(DraftLine l)
    {
        var others = l.RunnersUp.Count == 0 ? "none" : string.Join(", ", l.RunnersUp.Select(s => s.Concept.Name.Prefixed + " " + ConceptMatcher.Invariant(s.Confidence)));
        return l.ExtensionReason is { } reason
            ? reason + "; candidates: " + others
            : "confidence " + ConceptMatcher.Invariant(l.Confidence) + "; runners-up: " + others;
    }

    private static string Label(string en, string ja) =>
        en.Length > 0 && ja.Length > 0 ? "{ en: " + Quote(en) + ", ja: " + Quote(ja) + " }"
        : ja.Length > 0 ? "{ ja: " + Quote(ja) + " }" : "{ en: " + Quote(en) + " }";

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case < ' ':
                    sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
