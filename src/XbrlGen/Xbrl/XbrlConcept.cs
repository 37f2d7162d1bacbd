using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// A concept of a DTS as an XBRL processor sees it: an element in the substitution group of xbrli:item or xbrli:tuple,
/// with its period type (null when not declared, or not a value of xbrli:periodType), balance, and the XBRL item type its
/// type derives from.
/// </summary>
public sealed record XbrlConcept(
    XmlQualifiedName Name,
    bool IsItem,
    bool IsAbstract,
    bool IsNillable,
    PeriodType? PeriodType,
    Balance Balance,
    IReadOnlySet<string> XbrliTypes,
    IReadOnlyList<XmlQualifiedName> TypeChain,
    bool IsNumeric,
    XmlSchemaElement Element,
    SourceSpan Span)
{
    public bool IsTuple => !IsItem;

    public bool IsFraction => XbrliTypes.Contains("fractionItemType");

    public bool IsMonetary => XbrliTypes.Contains("monetaryItemType");

    public bool IsShares => XbrliTypes.Contains("sharesItemType");

    public string Display => Name.Name;

    /// <summary>One concept object per declaration: identity is equality, and hashing is cheap on hot paths.</summary>
    public bool Equals(XbrlConcept? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override string ToString() => "{" + Name.Namespace + "}" + Name.Name;
}

/// <summary>A role or arcrole type declared in a schema: its URI, the elements it may be used on, and (arcroles) the cycles allowed.</summary>
public sealed record RoleDeclaration(string Uri, IReadOnlySet<XName> UsedOn, string? CyclesAllowed, XElement Element, DtsDocument Document);
