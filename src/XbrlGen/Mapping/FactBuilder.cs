using System.Text.RegularExpressions;
using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Mapping;

/// <summary>A figure of the release tied to a concept, context and unit, before copies are merged.</summary>
internal sealed record FactCandidate(Concept Concept, Period Period, Unit? Unit, decimal Value, int Decimals, string? Text, SourceSpan Source, int Order)
{
    /// <summary>The explicit members the figure is reported on (none for a plain line item).</summary>
    public IReadOnlyList<ExplicitMember> Members { get; init; } = [];

    /// <summary>Where the figure is printed: a table cell, or running text (no table).</summary>
    public PrintedAt? At { get; init; }
}

/// <summary>A printed figure's place: its row and column (none for running text), language, printed number and scale.</summary>
internal sealed record PrintedAt(ReleaseRow? Row, int Column, Language Language, PrintedNumber Number, int Scale);

/// <summary>A release row matched to a mapping line, in the language it was printed in.</summary>
internal sealed record MatchedRow(TableMap Table, LineMap Line, ReleaseTable Source, ReleaseRow Row);

/// <summary>
/// Turns the release's line items into fact candidates by the company's mapping: finds each mapped table in the
/// release, matches its rows to mapping lines, and gives each figure its concept, period, unit and decimals.
/// </summary>
internal sealed class FactBuilder
{
    private readonly Release _release;
    private readonly MappingSet _mapping;
    private readonly IReadOnlyDictionary<string, Concept> _concepts;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
    private int _order;

    public FactBuilder(Release release, MappingSet mapping, IReadOnlyDictionary<string, Concept> concepts, DiagnosticBag diagnostics)
    {
        _release = release;
        _mapping = mapping;
        _concepts = concepts;
        _diagnostics = diagnostics;
    }

    public List<FactCandidate> Candidates { get; } = [];

    public List<MatchedRow> Matches { get; } = [];

    public IReadOnlyDictionary<string, Unit> Units => _units;

    /// <summary>Each dimensional line's members, resolved to concepts.</summary>
    public Dictionary<LineMap, IReadOnlyList<ExplicitMember>> LineMembers { get; } = [];

    /// <summary>
    /// A line's or sum item's (axis, member) pairs as concepts: each axis and member must be known, and the member one
    /// the mapping declares under that axis. Null (reported) when one is not.
    /// </summary>
    public IReadOnlyList<ExplicitMember>? ResolveMembers(IReadOnlyList<(string Axis, string Member)> pairs, SourceSpan span)
    {
        var members = new List<ExplicitMember>();
        foreach (var (axisName, memberName) in pairs)
        {
            var axisMap = _mapping.Axes.FirstOrDefault(a => a.Axis == axisName);
            if (!_concepts.TryGetValue(axisName, out var axis) || axisMap is null)
            {
                _diagnostics.Report(Codes.UnknownConcept, span, axisName);
                return null;
            }

            if (!_concepts.TryGetValue(memberName, out var member) || !axisMap.Members.Any(m => m.Member == memberName))
            {
                _diagnostics.Report(Codes.MemberNotDeclared, span, memberName, axisName);
                return null;
            }

            members.Add(new ExplicitMember(axis, member));
        }

        return members.OrderBy(m => m.Axis.Name.Prefixed, StringComparer.Ordinal).ToList();
    }

    public void Build()
    {
        ResolveLineMembers();
        foreach (var table in _mapping.Tables)
        {
            var sources = TablesFor(table, _release.Tables);
            if (sources.Count == 0)
            {
                _diagnostics.Report(Codes.TableNotFound, table.Span, table.Id, table.Source);
                continue;
            }

            // The English part is the complete one: a table the Japanese part prints and the English part lacks means
            // the release was cut short or pages were lost in extraction (unless the mapping names the table in Japanese only).
            if (sources.FirstOrDefault(s => s.Language == Language.Ja) is { } ja && !sources.Any(s => s.Language == Language.En) && (table.TitleEn.Length > 0 || table.Lines.Any(l => l.LabelEn.Length > 0)))
            {
                _diagnostics.Report(Codes.CopyMissing, new SourceSpan(_release.File, _release.Lines.Count, 1), [ja.HeadingSpan], $"table '{table.Id}' ({table.Source})", LanguageName(Language.Ja), LanguageName(Language.En));
            }

            var found = new Dictionary<LineMap, (ReleaseRow Row, Language Language)>();
            var missing = new List<(LineMap Line, ReleaseTable Source)>();
            foreach (var source in sources)
            {
                MatchRows(table, source, found, missing);
            }

            foreach (var (line, source) in missing)
            {
                var label = source.Language == Language.Ja ? line.LabelJa : line.LabelEn;
                if (found.TryGetValue(line, out var other) && other.Language != source.Language
                    && source.Rows.FirstOrDefault(r => !_matchedRows.Contains(r) && SameFigures(r, other.Row)) is { } printed)
                {
                    // The other language's row is printed here under another label: the mapping's label is wrong, not the release.
                    _diagnostics.Report(Codes.LineLabelNotPrinted, line.Span, [printed.Span, other.Row.Span], LanguageName(source.Language), label, line.Key, table.Id, printed.Label);
                }
                else if (found.TryGetValue(line, out other) && other.Language != source.Language)
                {
                    // Printed in one language and not the other: a damaged release, not a line the company stopped reporting.
                    _diagnostics.Report(Codes.CopyMissing, source.HeadingSpan, [other.Row.Span, line.Span], $"mapped line '{label}' of table '{table.Id}'", LanguageName(other.Language), LanguageName(source.Language));
                }
                else
                {
                    // The mapping names a line this release does not print: reported at the mapping's line.
                    _diagnostics.Report(Codes.MappedLineMissing, line.Span, [source.HeadingSpan], label, $"{table.Id} ({source.Language.Code()})");
                }
            }
        }

        ReportUnmapped();
        foreach (var match in Matches)
        {
            AddRowFacts(match);
        }

        foreach (var rule in _mapping.Prose)
        {
            AddProseFacts(rule);
        }

        // A dash filed as zero gives way to a copy that prints the figure (a column one table leaves blank).
        var figures = Candidates.Where(c => c.At?.Number.IsDash != true).Select(Key).ToHashSet();
        Candidates.RemoveAll(c => c.At?.Number.IsDash == true && figures.Contains(Key(c)));
        static FigureKey Key(FactCandidate c) => FigureKey.Of(c.Concept, c.Period, c.Members, c.Unit);
    }

    /// <summary>A currency-per-share unit in another currency (a convenience column's): <c>perShare</c> in USD is <c>perShare_USD</c>.</summary>
    private Unit Translated(Unit perShare, string currency)
    {
        var key = perShare.Id + "_" + currency;
        if (!_units.TryGetValue(key, out var unit))
        {
            unit = new Unit(key, Xbrl.Unit.Currency(currency).Numerator, perShare.Denominator);
            _units[key] = unit;
        }

        return unit;
    }

    public Unit? UnitFor(string key, SourceSpan span)
    {
        if (_units.TryGetValue(key, out var known))
        {
            return known;
        }

        Unit? unit = null;
        if (HeadingText.IsCurrencyCode(key))
        {
            unit = Xbrl.Unit.Currency(key);
        }
        else if (_mapping.Units.FirstOrDefault(u => u.Key == key) is { } map)
        {
            var numerator = map.Numerator.Select(m => Measure(m, map.Span)).ToList();
            var denominator = map.Denominator.Select(m => Measure(m, map.Span)).ToList();
            if (numerator.Concat(denominator).Any(m => m is null))
            {
                return null;
            }

            unit = new Unit(map.Key, numerator!, denominator!);
        }

        if (unit is null)
        {
            _diagnostics.Report(Codes.UnknownUnit, span, key);
            return null;
        }

        _units[key] = unit;
        return unit;
    }

    private QName? Measure(string prefixed, SourceSpan span)
    {
        var parts = prefixed.Split(':');
        string? ns = parts.Length != 2 ? null : parts[0] switch
        {
            "iso4217" => Xbrl.Unit.Iso4217,
            "xbrli" => Xbrl.Unit.Xbrli,
            var p when p == _mapping.Entity.Prefix => _mapping.ExtensionNamespace,
            _ => null,
        };
        if (ns is null)
        {
            _diagnostics.Report(Codes.UnknownUnit, span, prefixed);
            return null;
        }

        return new QName(parts[0], ns, parts[1]);
    }

    // ---- Members -------------------------------------------------------------------------------------------------

    /// <summary>Resolves each dimensional line's members; the mapping's own consistency is checked apart (<see cref="Checks.MappingChecks"/>).</summary>
    private void ResolveLineMembers()
    {
        foreach (var line in _mapping.Tables.SelectMany(t => t.Lines).Where(l => l.Members.Count > 0 && _concepts.ContainsKey(l.Concept)))
        {
            if (ResolveMembers(line.Members, line.Span) is { } members)
            {
                LineMembers[line] = members;
            }
        }
    }

    // ---- Finding tables and rows ----------------------------------------------------------------------------------

    /// <summary>
    /// The release's tables a mapping's table names: by source id, else by title, where a table titled exactly as the
    /// mapping says ("Balance sheet") is preferred, in its language, to tables whose titles merely hold it ("Parent
    /// company balance sheet") or are held by it.
    /// </summary>
    internal static List<ReleaseTable> TablesFor(TableMap map, IEnumerable<ReleaseTable> tables) =>
        tables.Where(t => IsTableFor(map, t)).GroupBy(t => t.Language)
            .SelectMany(g => g.Where(t => IsTitled(map, t)).ToList() is { Count: > 0 } exact ? exact : g.ToList())
            .ToList();

    private static bool IsTitled(TableMap map, ReleaseTable table) =>
        table.SourceId.Length == 0 && TextCleaner.MatchKey(table.Title) == TextCleaner.MatchKey(table.Language == Language.Ja ? map.TitleJa : map.TitleEn);

    internal static bool IsTableFor(TableMap map, ReleaseTable table)
    {
        if (table.SourceId.Length > 0)
        {
            return string.Equals(table.SourceId, map.Source, StringComparison.OrdinalIgnoreCase);
        }

        var title = TextCleaner.MatchKey(table.Title);
        var mapTitle = TextCleaner.MatchKey(table.Language == Language.Ja ? map.TitleJa : map.TitleEn);
        return title.Length > 0 && mapTitle.Length > 0 && (title.Contains(mapTitle, StringComparison.Ordinal) || mapTitle.Contains(title, StringComparison.Ordinal));
    }

    private readonly HashSet<ReleaseRow> _matchedRows = [];

    /// <summary>Two rows print the same figures in the same columns (at least one figure that is not a dash).</summary>
    private static bool SameFigures(ReleaseRow a, ReleaseRow b) =>
        a.Values.Count == b.Values.Count && a.Values.Any(v => !v.Value.IsDash)
        && a.Values.All(v => b.Values.TryGetValue(v.Key, out var w) && w.Value == v.Value.Value && w.IsDash == v.Value.IsDash);

    private static string LanguageName(Language language) => language == Language.Ja ? "Japanese" : "English";

    private void MatchRows(TableMap map, ReleaseTable table, Dictionary<LineMap, (ReleaseRow Row, Language Language)> found, List<(LineMap Line, ReleaseTable Source)> missing)
    {
        var keys = map.Lines.Select(l => TextCleaner.MatchKey(table.Language == Language.Ja ? l.LabelJa : l.LabelEn)).ToList();
        var used = new bool[map.Lines.Count];
        var cursor = 0;
        foreach (var row in table.Rows)
        {
            var key = TextCleaner.MatchKey(row.Label);
            var hit = -1;
            for (var pass = 0; pass < 2 && hit < 0; pass++)
            {
                for (var j = pass == 0 ? cursor : 0; j < keys.Count; j++)
                {
                    if (!used[j] && keys[j].Length > 0 && keys[j] == key)
                    {
                        hit = j;
                        break;
                    }
                }
            }

            if (hit < 0)
            {
                continue;
            }

            used[hit] = true;
            cursor = hit + 1;
            _matchedRows.Add(row);
            Matches.Add(new MatchedRow(map, map.Lines[hit], table, row));
            found.TryAdd(map.Lines[hit], (row, table.Language));
        }

        for (var j = 0; j < used.Length; j++)
        {
            // A line labelled in one language only (an English-only mapping) is looked for in that language only.
            if (!used[j] && keys[j].Length > 0)
            {
                missing.Add((map.Lines[j], table));
            }
        }
    }

    private void ReportUnmapped()
    {
        foreach (var table in _release.Tables)
        {
            foreach (var row in table.Rows.Where(r => !_matchedRows.Contains(r)))
            {
                _diagnostics.Report(Codes.UnmappedLine, row.Span, row.Label, table.ToString());
            }
        }
    }

    // ---- Facts ----------------------------------------------------------------------------------------------------

    private void AddRowFacts(MatchedRow match)
    {
        if (!_concepts.TryGetValue(match.Line.Concept, out var concept))
        {
            return;
        }

        var primary = _mapping.Entity.ReportingCurrency;
        foreach (var (columnIndex, printed) in match.Row.Values.OrderBy(v => v.Key))
        {
            var column = match.Source.Columns[columnIndex];
            if (!column.IsAmount || printed.IsDash && _mapping.Entity.Dashes == DashPolicy.Omit)
            {
                continue;
            }

            var currency = column.Currency ?? primary;
            var unitKey = match.Line.Unit ?? (ItemTypes.IsMonetary(concept.ItemType) ? currency : DefaultUnitKey(concept));
            if (unitKey is null)
            {
                _diagnostics.Report(Codes.UnitNeeded, match.Line.Span, concept, concept.ItemType);
                return;
            }

            var unit = UnitFor(unitKey, match.Line.Span);
            if (unit is null)
            {
                return;
            }

            if (match.Line.Unit is not null && currency != primary)
            {
                // A convenience column: money per share is translated too, in the column's currency; a count is not.
                if (!unit.IsCurrencyPerShare || !HeadingText.IsCurrencyCode(currency))
                {
                    continue;
                }

                unit = Translated(unit, currency);
            }

            if (!unit.Fits(concept.ItemType))
            {
                _diagnostics.Report(Codes.UnitTypeMismatch, match.Line.Span, unitKey, concept.ItemType, concept);
                return;
            }

            var period = PeriodFor(concept, match.Line.PeriodRole, column.Period, match.Line.Span, match.Row.Span);
            if (period is null)
            {
                return;
            }

            var scale = 0;
            if (unit.IsCurrency)
            {
                // The column's own unit ("Thousands of U.S. dollars" beside "Millions of yen"), else the headings'
                // scale, else the one the mapping states for a table its headings give none.
                if ((column.Scale ?? match.Source.Scale ?? match.Table.Scale) is not { } stated)
                {
                    _diagnostics.Report(Codes.ScaleMissing, match.Source.HeadingSpan, match.Source.ToString());
                    return;
                }

                scale = stated;
            }
            else if (match.Row.Unit == FigureUnit.Shares && match.Row.FigureScale is { } shares)
            {
                scale = shares; // share counts "in thousands, except per share data", as the reader found them
            }

            var (scaled, decimals) = Scaled(printed, scale);
            var value = scaled * (match.Line.Negated ? -1m : 1m);
            Candidates.Add(new FactCandidate(concept, period, unit, value, decimals, null, match.Row.Span, _order++)
            {
                Members = LineMembers.GetValueOrDefault(match.Line) ?? [],
                At = new PrintedAt(match.Row, columnIndex, match.Source.Language, printed, scale),
            });
        }
    }

    /// <summary>
    /// A printed figure in its scale's units (<c>787.8</c> millions is 787,800,000, with no trailing <c>.0</c>) and its
    /// decimals: the places printed less the scale (-5 for <c>787.8</c> millions, -6 for <c>788</c>, 2 for <c>0.50</c>).
    /// </summary>
    internal static (decimal Value, int Decimals) Scaled(PrintedNumber printed, int scale) => Calculations.Scaled(printed.Value, printed.DecimalPlaces, scale);

    private static string? DefaultUnitKey(Concept concept) => ItemTypes.Local(concept.ItemType) switch
    {
        "sharesItemType" => "shares",
        "pureItemType" => "pure",
        "perShareItemType" => "perShare",
        _ => null,
    };

    private Period? PeriodFor(Concept concept, PeriodRole role, ReportingPeriod? column, SourceSpan mappingSpan, SourceSpan rowSpan)
    {
        if (column is null)
        {
            _diagnostics.Report(Codes.PeriodHeadingUnreadable, rowSpan, concept.ToString());
            return null;
        }

        if (role == PeriodRole.Start)
        {
            if (concept.PeriodType != PeriodType.Instant || !column.IsDuration)
            {
                _diagnostics.Report(Codes.PeriodTypeConflict, mappingSpan, [rowSpan], concept, concept.PeriodType.ToString().ToLowerInvariant(), "beginning-of-period");
                return null;
            }

            return column.AsStartInstant();
        }

        if (concept.PeriodType == PeriodType.Instant)
        {
            return column.AsInstant();
        }

        if (!column.IsDuration)
        {
            _diagnostics.Report(Codes.PeriodTypeConflict, mappingSpan, [rowSpan], concept, "duration", "balance-sheet instant");
            return null;
        }

        return column.AsDuration();
    }

    private void AddProseFacts(ProseRule rule)
    {
        if (!_concepts.TryGetValue(rule.Concept, out var concept) || _release.DocumentPeriod is not { } documentPeriod)
        {
            return;
        }

        var joined = Joined();
        var found = false;
        foreach (var pattern in rule.Patterns)
        {
            foreach (Match m in new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(2)).Matches(joined.Text))
            {
                var group = m.Groups["value"];
                var printed = PrintedNumber.TryParse(group.Value);
                var span = joined.SpanAt(group.Index);
                if (printed is null)
                {
                    _diagnostics.Report(Codes.MalformedNumber, span, group.Value);
                    continue;
                }

                var unitKey = rule.Unit ?? (ItemTypes.IsMonetary(concept.ItemType) ? _mapping.Entity.ReportingCurrency : DefaultUnitKey(concept));
                var unit = unitKey is null ? null : UnitFor(unitKey, rule.Span);
                if (unit is null)
                {
                    return;
                }

                if (!unit.Fits(concept.ItemType))
                {
                    _diagnostics.Report(Codes.UnitTypeMismatch, rule.Span, unitKey!, concept.ItemType, concept);
                    return;
                }

                Period period = rule.PeriodRole == PeriodRole.Start ? documentPeriod.AsStartInstant()
                    : concept.PeriodType == PeriodType.Instant ? documentPeriod.AsInstant() : documentPeriod.AsDuration();
                var (value, decimals) = Scaled(printed, rule.Scale);
                var language = TextCleaner.HasCjk(_release.Lines[span.Line - 1]) ? Language.Ja : Language.En;
                Candidates.Add(new FactCandidate(concept, period, unit, value, decimals, null, span, _order++)
                {
                    At = new PrintedAt(null, 0, language, printed, rule.Scale),
                });
                found = true;
            }
        }

        if (!found)
        {
            _diagnostics.Report(Codes.ProseNotFound, rule.Span, rule.Id);
        }
    }

    private JoinedText? _joined;

    /// <summary>The release as one string, lines joined by a space, so prose patterns can span line breaks.</summary>
    private JoinedText Joined() => _joined ??= JoinedText.Of(_release.File, _release.Lines);
}
