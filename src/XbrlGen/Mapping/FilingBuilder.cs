using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Xbrl;
using XbrlGen.Mapping.Checks;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Mapping;

/// <summary>
/// Builds the whole filing from the release and the company's mapping: facts (copies merged, most precise wins),
/// document and entity facts, contexts and units, one role per table with its presentation and calculation,
/// and bilingual labels. Checks the release's own consistency on the way.
/// </summary>
public static class FilingBuilder
{
    public static Filing? Build(Release release, MappingSet mapping, BaseTaxonomy baseTaxonomy, DiagnosticBag diagnostics) =>
        BuildTraced(release, mapping, baseTaxonomy, diagnostics).Filing;

    /// <summary>Builds the filing and keeps the trace a review needs: which printed figure became which fact, which row which line.</summary>
    public static (Filing? Filing, MappingTrace? Trace) BuildTraced(Release release, MappingSet mapping, BaseTaxonomy baseTaxonomy, DiagnosticBag diagnostics)
    {
        var concepts = new Dictionary<string, Concept>(baseTaxonomy.Concepts, StringComparer.Ordinal);
        foreach (var c in mapping.ExtensionConcepts)
        {
            concepts[c.Name.Prefixed] = c;
        }

        var periodInfo = release.DocumentPeriod;
        if (periodInfo is null)
        {
            diagnostics.Report(Codes.PeriodHeadingUnreadable, new SourceSpan(release.File, 1, 1), "release");
            return (null, null);
        }

        var builder = new FactBuilder(release, mapping, concepts, diagnostics);
        var checks = new MappingCheckContext(release, mapping, concepts, builder.UnitFor);
        var errorsBefore = diagnostics.ErrorCount;
        MappingChecks.Periods.Check(checks, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore)
        {
            return (null, null);
        }

        MappingChecks.Run(checks, diagnostics);
        builder.Build();
        if (diagnostics.HasErrors)
        {
            return (null, null);
        }

        var contexts = new Dictionary<string, Context>(StringComparer.Ordinal);
        Context ContextFor(Period p, IReadOnlyList<ExplicitMember> members)
        {
            var id = p switch
            {
                InstantPeriod i => "I" + Compact(i.Date),
                DurationPeriod d => "D" + Compact(d.Start) + "_" + Compact(d.EndDate),
                _ => throw new InvalidOperationException(),
            } + string.Concat(members.Select(m => "_" + m.Member.Name.LocalName));
            if (!contexts.TryGetValue(id, out var ctx))
            {
                ctx = contexts[id] = new Context(id, mapping.Entity.Scheme, mapping.Entity.Identifier, p) { Members = members };
            }

            return ctx;
        }

        var (merged, links, prose) = Merge(builder.Candidates, ContextFor);
        CopiesCheck.Run(merged, diagnostics);
        var facts = merged.Select(m => m.Fact).ToList();
        var documentContext = ContextFor(periodInfo.AsDuration(), []);
        var dei = DocumentFacts(mapping, concepts, documentContext, periodInfo, diagnostics);
        facts.InsertRange(0, dei);

        var roles = Roles(mapping, concepts, builder).ToList();
        roles = SummationCheck.Run(facts, roles, diagnostics);
        CrossChecks.Run(mapping, facts, concepts, diagnostics);

        var usedConcepts = facts.Select(f => f.Concept)
            .Concat(roles.SelectMany(r => r.Presentation.SelectMany(p => new[] { p.Parent, p.Child })))
            .Distinct().OrderBy(c => c.Name.Prefixed, StringComparer.Ordinal).ToList();
        var labels = Labels(mapping, builder, usedConcepts);
        var used = usedConcepts.ToHashSet();
        // The extension schema declares every extension concept used, including a table's presentation root that the
        // mapping did not declare and the builder made up.
        var declared = mapping.ExtensionConcepts.ToHashSet();
        var extension = mapping.ExtensionConcepts.Where(used.Contains).Concat(usedConcepts.Where(c => c.IsExtension && !declared.Contains(c))).ToList();
        var units = facts.Where(f => f.Unit is not null).Select(f => f.Unit!).DistinctBy(u => u.Id).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var usedContexts = facts.Select(f => f.Context).Distinct()
            .OrderBy(c => c.Period is DurationPeriod ? 0 : 1).ThenByDescending(c => c.Period.End).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();

        var filing = new Filing(
            mapping.Entity.Prefix,
            mapping.ExtensionNamespace,
            mapping.Entity.Prefix + "-" + Compact(periodInfo.End),
            periodInfo.End,
            extension,
            usedConcepts,
            usedContexts,
            units,
            facts,
            roles,
            labels,
            baseTaxonomy.Schemas);
        var rows = builder.Matches.Where(m => concepts.ContainsKey(m.Line.Concept))
            .Select(m => new RowLink(m.Source, m.Row, m.Line, new LineItem(concepts[m.Line.Concept], builder.LineMembers.GetValueOrDefault(m.Line) ?? []))).ToList();
        var trace = new MappingTrace(links, prose, rows, concepts);
        return (filing with { Layout = LayoutBuilder.Build(release, mapping, builder.Matches, trace) }, trace);
    }

    private static string Compact(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Merges copies of one figure (same concept, context and unit) into one fact: the most precise copy is used (whether
    /// the others agree is <see cref="CopiesCheck"/>'s). Returns the merged figures and the trace of every printed copy to
    /// its fact (table figures and running text, each in printed order).
    /// </summary>
    private static (List<MergedFigure> Merged, List<FigureLink> Figures, List<PrintedProse> Prose) Merge(IEnumerable<FactCandidate> candidates, Func<Period, IReadOnlyList<ExplicitMember>, Context> contextFor)
    {
        var merged = new List<MergedFigure>();
        var figures = new List<(int Order, FigureLink Link)>();
        var prose = new List<(int Order, PrintedProse Prose)>();
        foreach (var group in candidates.GroupBy(c => FigureKey.Of(c.Concept, c.Period, c.Members, c.Unit)).OrderBy(g => g.Min(c => c.Order)))
        {
            var copies = group.ToList();
            var best = Calculations.MostPrecise(copies.OrderBy(c => c.Order), c => Decimals.Finite(c.Decimals));
            var context = contextFor(best.Period, best.Members);
            var sources = copies.OrderBy(c => c == best ? 0 : 1).ThenBy(c => c.Order).Select(c => c.Source).Distinct().ToList();
            var fact = new Fact(best.Concept, context, best.Unit, best.Value, Decimals.Finite(best.Decimals), null, sources);
            merged.Add(new MergedFigure(fact, best, copies));
            foreach (var copy in copies)
            {
                if (copy.At is { Row: { } row } at)
                {
                    figures.Add((copy.Order, new FigureLink(row, at.Column, at.Scale, fact, copy == best)));
                }
                else if (copy.At is { } inText)
                {
                    prose.Add((copy.Order, new PrintedProse(inText.Language, inText.Number.Text, inText.Scale, fact)));
                }
            }
        }

        return (merged, figures.OrderBy(f => f.Order).Select(f => f.Link).ToList(), prose.OrderBy(p => p.Order).Select(p => p.Prose).ToList());
    }

    private static List<Fact> DocumentFacts(MappingSet mapping, Dictionary<string, Concept> concepts, Context context, ReportingPeriod period, DiagnosticBag diagnostics)
    {
        var (fiscalYear, quarter) = mapping.Entity.Calendar.QuarterOf(period.End)!.Value;
        var values = new (string Concept, string Value)[]
        {
            ("dei:AmendmentFlag", "false"),
            ("dei:CurrentFiscalYearEndDate", mapping.Entity.Calendar.YearEndGMonthDay),
            ("dei:DocumentFiscalPeriodFocus", period.Months == 12 ? "FY" : "Q" + quarter.ToString(CultureInfo.InvariantCulture)),
            ("dei:DocumentFiscalYearFocus", fiscalYear.ToString(CultureInfo.InvariantCulture)),
            ("dei:DocumentPeriodEndDate", Period.Iso(period.End)),
            ("dei:DocumentType", mapping.Entity.DocumentType),
            ("dei:EntityCentralIndexKey", mapping.Entity.Scheme == XbrlNamespaces.CikScheme ? mapping.Entity.Identifier : string.Empty), // a CIK only under the SEC's scheme
            ("dei:EntityRegistrantName", mapping.Entity.Name),
            ("dei:EntityReportingCurrencyISOCode", mapping.Entity.ReportingCurrency),
            ("dei:TradingSymbol", mapping.Entity.TradingSymbol),
        };
        var facts = new List<Fact>();
        foreach (var (name, value) in values)
        {
            if (!concepts.TryGetValue(name, out var concept))
            {
                diagnostics.Report(Codes.UnknownConcept, mapping.Entity.Span, name);
                continue;
            }

            if (value.Length > 0)
            {
                facts.Add(new Fact(concept, context, null, null, null, value, [mapping.Entity.Span]));
            }
        }

        return facts;
    }

    private static IEnumerable<StatementRole> Roles(MappingSet mapping, Dictionary<string, Concept> concepts, FactBuilder builder)
    {
        var order = 0;
        foreach (var table in mapping.Tables)
        {
            order++;
            var rootName = mapping.Entity.Prefix + ":" + table.Id + "Abstract";
            var root = concepts.GetValueOrDefault(rootName)
                ?? new Concept(new QName(mapping.Entity.Prefix, mapping.ExtensionNamespace, table.Id + "Abstract"), "xbrli:stringItemType", PeriodType.Duration, Balance.None, true, true);
            var dimensional = table.Lines.Where(l => builder.LineMembers.ContainsKey(l)).ToList();
            var presentation = new List<Relationship>();
            var definitions = new List<DefinitionArc>();
            var lineParent = root;
            if (dimensional.Count > 0 && DimensionalTables.Table(mapping, concepts, dimensional, builder.LineMembers, root, presentation, definitions) is { } lineItems)
            {
                lineParent = lineItems;
            }

            var seen = new HashSet<(string, LabelRole)>();
            foreach (var line in table.Lines)
            {
                if (!concepts.TryGetValue(line.Concept, out var concept))
                {
                    continue;
                }

                // A breakdown's lines share the concept; their printed labels are the members' (the concept shows its own label).
                var preferred = builder.LineMembers.ContainsKey(line) ? LabelRole.Label : PreferredLabel(line);
                if (seen.Add((line.Concept, preferred)))
                {
                    presentation.Add(new Relationship(lineParent, concept, presentation.Count(p => p.Parent == lineParent) + 1, 1m, preferred));
                }
            }

            var calculation = new List<Relationship>();
            foreach (var line in table.Lines.Where(l => l.Sum.Count > 0 && concepts.ContainsKey(l.Concept)))
            {
                var i = 0;
                var parentMembers = builder.LineMembers.GetValueOrDefault(line) ?? [];
                foreach (var item in line.Sum.Where(s => concepts.ContainsKey(s.ConceptName)))
                {
                    var childMembers = item.Members.Count == 0 ? [] : builder.ResolveMembers(item.Members, item.Span) ?? [];
                    calculation.Add(new Relationship(concepts[line.Concept], concepts[item.ConceptName], ++i, item.Weight) { ParentMembers = parentMembers, ChildMembers = childMembers });
                }
            }

            var uri = mapping.ExtensionNamespace.TrimEnd('/') + "/role/" + table.Id;
            var definition = string.Create(CultureInfo.InvariantCulture, $"{order:00} - {(table.Source.StartsWith("appendix", StringComparison.Ordinal) ? "Statement" : "Table")} - {table.TitleEn}");
            yield return new StatementRole(table.Id, uri, definition, order, root, presentation, calculation) { Dimensions = definitions };
        }
    }

    public static LabelRole PreferredLabel(LineMap line) => (line.Role, line.Negated) switch
    {
        (LineRole.Total, false) => LabelRole.Total,
        (LineRole.Total, true) => LabelRole.NegatedTotal,
        (LineRole.PeriodStart, false) => LabelRole.PeriodStart,
        (LineRole.PeriodStart, true) => LabelRole.NegatedPeriodStart,
        (LineRole.PeriodEnd, false) => LabelRole.PeriodEnd,
        (LineRole.PeriodEnd, true) => LabelRole.NegatedPeriodEnd,
        (_, true) => LabelRole.Negated,
        _ => LabelRole.Terse,
    };

    /// <summary>
    /// Standard labels in both languages for extension concepts (the base taxonomy has its own), and the role labels
    /// the presentation uses, taken from the release's printed labels: the first printing wins.
    /// </summary>
    private static List<Label> Labels(MappingSet mapping, FactBuilder builder, IReadOnlyList<Concept> used)
    {
        var labels = new Dictionary<(string Concept, LabelRole Role, string Lang), Label>();
        void Add(Concept c, LabelRole role, string lang, string text)
        {
            text = TextCleaner.NormalizeSpaces(text);
            if (text.Length > 0)
            {
                labels.TryAdd((c.Name.Prefixed, role, lang), new Label(c, role, lang, text));
            }
        }

        foreach (var c in used.Where(c => c.IsExtension))
        {
            var (en, ja) = mapping.ExtensionLabels.GetValueOrDefault(c.Name.Prefixed);
            if (c.IsAbstract && en is null)
            {
                var table = mapping.Tables.FirstOrDefault(t => t.Id + "Abstract" == c.Name.LocalName);
                en = (table?.TitleEn ?? c.Name.LocalName) + " [Abstract]";
                ja = (table?.TitleJa ?? c.Name.LocalName) + " [目次項目]";
            }

            Add(c, LabelRole.Label, "en", en ?? string.Empty);
            Add(c, LabelRole.Label, "ja", ja ?? string.Empty);
        }

        var byConcept = used.ToDictionary(c => c.Name.Prefixed, StringComparer.Ordinal);
        foreach (var table in mapping.Tables)
        {
            foreach (var line in table.Lines)
            {
                // A dimensional line's printed label is its (last) member's: the concept is the same on every line.
                var labelled = builder.LineMembers.TryGetValue(line, out var members) ? members[^1].Member.Name.Prefixed : line.Concept;
                if (!byConcept.TryGetValue(labelled, out var concept))
                {
                    continue;
                }

                var role = PreferredLabel(line);
                Add(concept, role, "en", line.LabelEn);
                Add(concept, role, "ja", line.LabelJa.Length > 0 ? line.LabelJa : line.LabelEn);
            }
        }

        return labels.Values.OrderBy(l => l.Concept.Name.Prefixed, StringComparer.Ordinal).ThenBy(l => l.Role.Uri(), StringComparer.Ordinal).ThenBy(l => l.Language, StringComparer.Ordinal).ToList();
    }
}
