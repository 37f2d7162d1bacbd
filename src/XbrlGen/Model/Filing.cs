namespace XbrlGen.Model;

/// <summary>
/// A presentation or calculation parent with its children, in order. A summation between dimensional figures names
/// the members of the total and of the item; it is checked, but Calculations 1.1 cannot bind it across contexts, so it
/// is not written to the calculation linkbase.
/// </summary>
public sealed record Relationship(Concept Parent, Concept Child, int Order, decimal Weight = 1m, LabelRole? PreferredLabel = null)
{
    public IReadOnlyList<ExplicitMember> ParentMembers { get; init; } = [];

    public IReadOnlyList<ExplicitMember> ChildMembers { get; init; } = [];

    /// <summary>The parent's line item: its concept and members.</summary>
    public LineItem ParentItem => new(Parent, ParentMembers);

    /// <summary>The child's line item: its concept and members.</summary>
    public LineItem ChildItem => new(Child, ChildMembers);

    /// <summary>Whether a calculation linkbase can hold it: both ends in the same context, no members.</summary>
    public bool Bindable => ParentMembers.Count == 0 && ChildMembers.Count == 0;
}

/// <summary>The XBRL Dimensions relationships a definition linkbase holds.</summary>
public enum DimensionArcrole
{
    All,
    HypercubeDimension,
    DimensionDomain,
    DomainMember,
    DimensionDefault,
}

/// <summary>One definition arc of a role's dimensional relationship set.</summary>
public sealed record DefinitionArc(Concept From, Concept To, DimensionArcrole Arcrole, int Order);

/// <summary>One extended link role: a statement or table, with its presentation tree, its summations and its dimensional relationships.</summary>
public sealed record StatementRole(string Id, string Uri, string Definition, int Order, Concept Root, IReadOnlyList<Relationship> Presentation, IReadOnlyList<Relationship> Calculation)
{
    public IReadOnlyList<DefinitionArc> Dimensions { get; init; } = [];
}

/// <summary>A label of a concept in one language and role.</summary>
public sealed record Label(Concept Concept, LabelRole Role, string Language, string Text);

/// <summary>Everything one filing holds, ready to render: entity, documents' names, taxonomy parts and facts.</summary>
public sealed record Filing(
    string Prefix,
    string Namespace,
    string BaseName,
    DateOnly PeriodEnd,
    IReadOnlyList<Concept> ExtensionConcepts,
    IReadOnlyList<Concept> ConceptsUsed,
    IReadOnlyList<Context> Contexts,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<StatementRole> Roles,
    IReadOnlyList<Label> Labels,
    IReadOnlyList<SchemaImport> ImportedSchemas)
{
    /// <summary>The release as printed, its figures tied to <see cref="Facts"/>: what the Inline XBRL pages show.</summary>
    public PrintedLayout Layout { get; init; } = PrintedLayout.Empty;

    public string InstanceFile => BaseName + ".xml";

    public string SchemaFile => BaseName + ".xsd";

    public string LabelFile => BaseName + "_lab.xml";

    public string PresentationFile => BaseName + "_pre.xml";

    public string CalculationFile => BaseName + "_cal.xml";

    public string DefinitionFile => BaseName + "_def.xml";

    /// <summary>The Inline XBRL page in one language, e.g. <c>iij-20030630-en.xhtml</c>.</summary>
    public string InlineFile(Language language) => BaseName + "-" + language.Code() + ".xhtml";

    /// <summary>The xBRL-JSON report.</summary>
    public string JsonFile => BaseName + ".json";
}
