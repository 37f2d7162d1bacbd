using System.Globalization;
using XbrlGen.Diagnostics;
using XbrlGen.Mapping.Checks;
using XbrlGen.Model;
using YamlDotNet.RepresentationModel;

namespace XbrlGen.Mapping;

/// <summary>
/// Loads a company's mapping folder: <c>entity.yaml</c> (entity, document, units, cross-checks),
/// <c>concepts.yaml</c> (extension concepts), <c>mapping.yaml</c> (tables and lines) and <c>prose.yaml</c>.
/// Every problem is a diagnostic naming the file and line.
/// </summary>
public static class MappingLoader
{
    public const string EntityFile = "entity.yaml";
    public const string ConceptsFile = "concepts.yaml";
    public const string TablesFile = "mapping.yaml";
    public const string ProseFile = "prose.yaml";

    /// <summary>
    /// What <c>xbrlgen init</c> writes for the entity identifier and its scheme, which no release prints: valid in an
    /// instance, accepted by <c>generate</c> with a warning (XG0222) at the line to fill.
    /// </summary>
    public const string PlaceholderIdentifier = "FILL-IN-IDENTIFIER";

    /// <inheritdoc cref="PlaceholderIdentifier"/>
    public const string PlaceholderScheme = "http://xbrlgen.org/entity/FILL-IN-SCHEME";

    public static MappingSet? Load(string directory, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var entityRoot = Root(directory, EntityFile, diagnostics, out var entityYaml);
        var conceptsRoot = Root(directory, ConceptsFile, diagnostics, out var conceptsYaml);
        var tablesRoot = Root(directory, TablesFile, diagnostics, out var tablesYaml);
        var proseRoot = Root(directory, ProseFile, diagnostics, out var proseYaml, optional: true);
        if (entityRoot is null || conceptsRoot is null || tablesRoot is null)
        {
            return null;
        }

        entityYaml!.Keys(entityRoot, EntityFile, "prefix", "namespace", "entity", "document", "units", "checks");
        conceptsYaml!.Keys(conceptsRoot, ConceptsFile, "concepts", "axes");
        tablesYaml!.Keys(tablesRoot, TablesFile, "tables");
        if (proseRoot is not null)
        {
            proseYaml!.Keys(proseRoot, ProseFile, "prose");
        }

        var entity = ReadEntity(entityYaml!, entityRoot);
        if (entity is null)
        {
            return null;
        }

        var units = entityYaml!.Items(entityRoot, "units").Select(u => ReadUnit(entityYaml, u)).OfType<UnitMap>().ToList();
        var checks = entityYaml.Items(entityRoot, "checks").Select(c => ReadCheck(entityYaml, c)).OfType<CrossCheck>().ToList();
        var labels = new Dictionary<string, (string En, string Ja)>(StringComparer.Ordinal);
        var concepts = conceptsYaml!.Items(conceptsRoot, "concepts").Select(c => ReadConcept(conceptsYaml, c, entity, labels)).OfType<Concept>().ToList();
        var axes = conceptsYaml.Items(conceptsRoot, "axes").Select(a => ReadAxis(conceptsYaml, a, entity, labels, concepts)).OfType<AxisMap>().ToList();
        var tables = tablesYaml!.Items(tablesRoot, "tables").Select(t => ReadTable(tablesYaml, t)).ToList();
        var prose = proseRoot is null ? [] : proseYaml!.Items(proseRoot, "prose").Select(p => ReadProse(proseYaml, p)).OfType<ProseRule>().ToList();
        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        return new MappingSet(directory, entity, tables, concepts, labels, prose, units, checks) { Axes = axes };
    }

    private static YamlMappingNode? Root(string directory, string name, DiagnosticBag diagnostics, out YamlNodes? yaml, bool optional = false)
    {
        var path = Path.Combine(directory, name);
        yaml = new YamlNodes(path, diagnostics);
        if (!File.Exists(path))
        {
            if (!optional)
            {
                diagnostics.Report(Codes.MappingMissing, SourceSpan.ForFile(path), path);
            }

            return null;
        }

        return yaml.LoadRoot();
    }

    private static EntitySettings? ReadEntity(YamlNodes y, YamlMappingNode root)
    {
        var entity = y.Get(root, "entity") as YamlMappingNode;
        var document = y.Get(root, "document") as YamlMappingNode;
        if (entity is null || document is null)
        {
            y.Diagnostics.Report(Codes.EntitySectionsMissing, y.Span(root));
            return null;
        }

        y.Keys(entity, "'entity'", "name", "scheme", "identifier", "tradingSymbol");
        y.Keys(document, "'document'", "type", "fiscalYearEnd", "fiscalYearNaming", "reportingCurrency", "primaryLanguage", "dashes");

        var yearEnd = y.Text(document, "fiscalYearEnd", required: true) ?? string.Empty;
        if (!FiscalCalendar.TryParseYearEnd(yearEnd, out var month, out var day))
        {
            y.Diagnostics.Report(Codes.FiscalYearEndInvalid, y.Span(document), yearEnd);
            return null;
        }

        var naming = y.Text(document, "fiscalYearNaming") switch
        {
            null or "start" => FiscalYearNaming.StartYear,
            "end" => FiscalYearNaming.EndYear,
            var other => Bad(y, document, other),
        };

        var primary = y.Text(document, "primaryLanguage") switch
        {
            null or "en" => Language.En,
            "ja" => Language.Ja,
            var other => BadLanguage(y, document, other),
        };

        var dashes = y.Text(document, "dashes") switch
        {
            null or "omit" => DashPolicy.Omit,
            "zero" => DashPolicy.Zero,
            var other => BadDashes(y, document, other),
        };

        foreach (var (key, placeholder) in new[] { ("identifier", PlaceholderIdentifier), ("scheme", PlaceholderScheme) })
        {
            if (y.Get(entity, key) is YamlScalarNode { Value: var value } node && value == placeholder)
            {
                y.Diagnostics.Report(Codes.EntityPlaceholder, y.Span(node), key, placeholder);
            }
        }

        return new EntitySettings(
            y.Text(root, "prefix", required: true) ?? "ext",
            y.Text(root, "namespace", required: true) ?? string.Empty,
            y.Text(entity, "name", required: true) ?? string.Empty,
            y.Text(entity, "scheme", required: true) ?? string.Empty,
            y.Text(entity, "identifier", required: true) ?? string.Empty,
            y.Text(entity, "tradingSymbol") ?? string.Empty,
            y.Text(document, "type") ?? "6-K",
            new FiscalCalendar(month, day, naming),
            y.Text(document, "reportingCurrency") ?? "JPY",
            y.Span(root)) { PrimaryLanguage = primary, Dashes = dashes };
    }

    private static Language BadLanguage(YamlNodes y, YamlNode node, string value)
    {
        y.Diagnostics.Report(Codes.PrimaryLanguageInvalid, y.Span(node), value);
        return Language.En;
    }

    private static DashPolicy BadDashes(YamlNodes y, YamlNode node, string value)
    {
        y.Diagnostics.Report(Codes.DashesInvalid, y.Span(node), value);
        return DashPolicy.Omit;
    }

    private static FiscalYearNaming Bad(YamlNodes y, YamlNode node, string value)
    {
        y.Diagnostics.Report(Codes.FiscalYearNamingInvalid, y.Span(node), value);
        return FiscalYearNaming.StartYear;
    }

    private static UnitMap? ReadUnit(YamlNodes y, YamlMappingNode node)
    {
        y.Keys(node, "a unit", "id", "measure", "numerator", "denominator");
        var key = y.Text(node, "id", required: true);
        var measure = y.Text(node, "measure");
        var numerator = y.Text(node, "numerator");
        var denominator = y.Text(node, "denominator");
        if (key is null)
        {
            return null;
        }

        if (measure is null && (numerator is null || denominator is null))
        {
            y.Diagnostics.Report(Codes.UnitMeasuresMissing, y.Span(node), key);
            return null;
        }

        return measure is not null
            ? new UnitMap(key, [measure], [], y.Span(node))
            : new UnitMap(key, [numerator!], [denominator!], y.Span(node));
    }

    private static CrossCheck? ReadCheck(YamlNodes y, YamlMappingNode node)
    {
        y.Keys(node, "a check", [.. CrossChecks.All.Select(c => c.Key)]);
        foreach (var kind in CrossChecks.All)
        {
            var concepts = y.Strings(node, kind.Key);
            if (concepts.Count == 0)
            {
                continue;
            }

            if (concepts.Count != kind.Arity)
            {
                y.Diagnostics.Report(Codes.CheckArity, y.Span(node), kind.Key, kind.Arity, concepts.Count);
                return null;
            }

            return new CrossCheck(kind, concepts.Select(c => c.Value).ToList(), y.Span(node));
        }

        y.Diagnostics.Report(Codes.CheckKindUnknown, y.Span(node), string.Join(", ", CrossChecks.All.Select(c => c.Key)));
        return null;
    }

    private static Concept? ReadConcept(YamlNodes y, YamlMappingNode node, EntitySettings entity, Dictionary<string, (string En, string Ja)> labels)
    {
        y.Keys(node, "a concept of concepts.yaml", "name", "type", "periodType", "balance", "abstract", "label");
        var name = y.Text(node, "name", required: true);
        var type = y.Text(node, "type", required: true);
        var periodType = y.Text(node, "periodType", required: true);
        if (name is null || type is null || periodType is null)
        {
            return null;
        }

        var parts = name.Split(':');
        if (parts.Length != 2 || parts[0] != entity.Prefix || !IsNcName(parts[1]))
        {
            y.Diagnostics.Report(Codes.ExtensionConceptName, y.Span(node), name, entity.Prefix);
            return null;
        }

        if (periodType is not ("instant" or "duration"))
        {
            y.Diagnostics.Report(Codes.PeriodTypeInvalid, y.Span(node), periodType);
            return null;
        }

        var balance = y.Text(node, "balance") switch
        {
            null => Balance.None,
            "debit" => Balance.Debit,
            "credit" => Balance.Credit,
            var other => BadBalance(y, node, other),
        };
        if (balance != Balance.None && !ItemTypes.IsMonetary(type))
        {
            y.Diagnostics.Report(Codes.MappedBalanceNotMonetary, y.Span(node), name);
        }

        labels[name] = y.Bilingual(node, "label");
        return new Concept(
            new QName(entity.Prefix, entity.Namespace, parts[1]),
            type,
            periodType == "instant" ? PeriodType.Instant : PeriodType.Duration,
            balance,
            y.Flag(node, "abstract"),
            IsExtension: true);
    }

    /// <summary>
    /// An axis, its domain, and its members in order, each with its parent (the domain unless named). Members in the
    /// company's namespace are declared by the extension schema as abstract items, with their en/ja labels.
    /// </summary>
    private static AxisMap? ReadAxis(YamlNodes y, YamlMappingNode node, EntitySettings entity, Dictionary<string, (string En, string Ja)> labels, List<Concept> concepts)
    {
        y.Keys(node, "an axis of concepts.yaml", "axis", "domain", "members");
        var axis = y.Text(node, "axis", required: true);
        var domain = y.Text(node, "domain", required: true);
        if (axis is null || domain is null)
        {
            return null;
        }

        var members = new List<(string Member, string Parent)>();
        foreach (var m in y.Items(node, "members"))
        {
            y.Keys(m, "a member of an axis", "name", "parent", "label");
            var name = y.Text(m, "name", required: true);
            if (name is null)
            {
                continue;
            }

            members.Add((name, y.Text(m, "parent") ?? domain));
            if (name.StartsWith(entity.Prefix + ":", StringComparison.Ordinal))
            {
                var local = name[(entity.Prefix.Length + 1)..];
                if (!IsNcName(local))
                {
                    y.Diagnostics.Report(Codes.MemberName, y.Span(m), name, entity.Prefix);
                    continue;
                }

                labels[name] = y.Bilingual(m, "label");
                concepts.Add(new Concept(new QName(entity.Prefix, entity.Namespace, local), "xbrli:stringItemType", PeriodType.Duration, Balance.None, IsAbstract: true, IsExtension: true));
            }
        }

        return new AxisMap(axis, domain, members, y.Span(node));
    }

    private static Balance BadBalance(YamlNodes y, YamlNode node, string value)
    {
        y.Diagnostics.Report(Codes.BalanceInvalid, y.Span(node), value);
        return Balance.None;
    }

    private static TableMap ReadTable(YamlNodes y, YamlMappingNode node)
    {
        y.Keys(node, "a table of mapping.yaml", "id", "source", "title", "scale", "lines");
        var id = y.Text(node, "id", required: true) ?? string.Empty;
        var source = y.Text(node, "source", required: true) ?? string.Empty;
        var title = y.Bilingual(node, "title");
        int? scale = null;
        if (y.Text(node, "scale") is { } scaleText)
        {
            if (int.TryParse(scaleText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 12)
            {
                scale = n;
            }
            else
            {
                y.Diagnostics.Report(Codes.ProseScaleInvalid, y.Span(node), scaleText);
            }
        }

        var lines = y.Items(node, "lines").Select(l => ReadLine(y, l)).ToList();
        return new TableMap(id, source, title.En, title.Ja, lines, y.Span(node)) { Scale = scale };
    }

    private static LineMap ReadLine(YamlNodes y, YamlMappingNode node)
    {
        y.Keys(node, "a line of mapping.yaml", "label", "concept", "role", "negated", "unit", "period", "sum", "members");
        var label = y.Bilingual(node, "label");
        var concept = y.Text(node, "concept", required: true) ?? string.Empty;
        var role = y.Text(node, "role") switch
        {
            null => LineRole.None,
            "total" => LineRole.Total,
            "periodStart" => LineRole.PeriodStart,
            "periodEnd" => LineRole.PeriodEnd,
            "terse" => LineRole.Terse,
            var other => BadRole(y, node, other),
        };

        var period = y.Text(node, "period") switch
        {
            null => PeriodRole.ConceptDefault,
            "start" => PeriodRole.Start,
            var other => BadPeriod(y, node, other),
        };
        var sum = y.Strings(node, "sum").Select(s => s.Value.StartsWith('-')
            ? new SumItem(s.Value[1..].Trim(), -1m, s.Span)
            : new SumItem(s.Value.TrimStart('+').Trim(), 1m, s.Span)).ToList();
        return new LineMap(label.En, label.Ja, concept, role, y.Flag(node, "negated"), y.Text(node, "unit"), period, sum, y.Span(node)) { Members = y.Pairs(node, "members") };
    }

    private static LineRole BadRole(YamlNodes y, YamlNode node, string value)
    {
        y.Diagnostics.Report(Codes.LineRoleInvalid, y.Span(node), value);
        return LineRole.None;
    }

    private static PeriodRole BadPeriod(YamlNodes y, YamlNode node, string value)
    {
        y.Diagnostics.Report(Codes.PeriodRoleInvalid, y.Span(node), value);
        return PeriodRole.ConceptDefault;
    }

    private static ProseRule? ReadProse(YamlNodes y, YamlMappingNode node)
    {
        y.Keys(node, "a rule of prose.yaml", "id", "concept", "unit", "scale", "period", "patterns");
        var id = y.Text(node, "id", required: true);
        var concept = y.Text(node, "concept", required: true);
        if (id is null || concept is null)
        {
            return null;
        }

        var scaleText = y.Text(node, "scale") ?? "0";
        if (!int.TryParse(scaleText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var scale) || scale is < 0 or > 12)
        {
            y.Diagnostics.Report(Codes.ProseScaleInvalid, y.Span(node), scaleText);
        }

        var patterns = y.Strings(node, "patterns");
        foreach (var (pattern, span) in patterns)
        {
            try
            {
                var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
                if (!regex.GetGroupNames().Contains("value"))
                {
                    y.Diagnostics.Report(Codes.ProsePatternNoValue, span);
                }
            }
            catch (ArgumentException ex)
            {
                y.Diagnostics.Report(Codes.ProsePatternInvalid, span, ex.Message);
            }
        }

        var period = y.Text(node, "period") == "start" ? PeriodRole.Start : PeriodRole.ConceptDefault;
        return new ProseRule(id, concept, y.Text(node, "unit"), scale, period, patterns.Select(p => p.Value).ToList(), y.Span(node));
    }

    private static bool IsNcName(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');
}
