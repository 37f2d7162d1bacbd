using System.Globalization;
using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// One fact of an instance, kept as a compact record rather than a DOM node: concept, parent tuple, references,
/// precision and the lexical value. Large instances are validated in one streaming pass that keeps only these, so the
/// record is kept small: the attributes few facts have (a parent tuple, an id, precision, xml:lang) share one
/// reference, the number and its decimals are stored unboxed, and a numeric value whose lexical form is its number's
/// invariant form (most are) is not kept as text as well: <see cref="Value"/> writes it again when asked.
/// </summary>
public sealed record FactInfo(
    int Index,
    XbrlConcept Concept,
    int Parent,
    string? Id,
    string? ContextRef,
    string? UnitRef,
    string? Decimals,
    string? Precision,
    bool Nil,
    string Value,
    string? Lang,
    string File,
    int Line,
    int Column)
{
    private const byte HasNumber = 1, HasDecimals = 2, DecimalsInfinite = 4;

    /// <summary>Parent, id, precision and language: null for the common fact, which has none of them.</summary>
    private Rare? _rare = Rare.Of(Parent, Id, Precision, Lang);

    /// <summary>The lexical value; null when it is exactly <see cref="_number"/>'s invariant form.</summary>
    private string? _value = Value;

    private decimal _number;
    private int _places;
    private byte _flags;

    public int Parent { get => _rare?.Parent ?? -1; init => _rare = Rare.Of(value, Id, Precision, Lang); }

    public string? Id { get => _rare?.Id; init => _rare = Rare.Of(Parent, value, Precision, Lang); }

    public string? Precision { get => _rare?.Precision; init => _rare = Rare.Of(Parent, Id, value, Lang); }

    public string? Lang { get => _rare?.Lang; init => _rare = Rare.Of(Parent, Id, Precision, value); }

    public string Value
    {
        get => _value ?? _number.ToString(CultureInfo.InvariantCulture);
        init
        {
            _value = value;
            Compact();
        }
    }

    /// <summary>Where the fact is (made on demand: 150,000 facts need no 150,000 span objects).</summary>
    public SourceSpan Span => new(File, Line, Column);

    /// <summary>The numeric value, when the fact is numeric, not nil, and fits a decimal.</summary>
    public decimal? Number
    {
        get => (_flags & HasNumber) != 0 ? _number : null;
        init
        {
            var text = Value;
            _number = value ?? 0m;
            _flags = (byte)(value is null ? _flags & ~HasNumber : _flags | HasNumber);
            _value = text;
            Compact();
        }
    }

    /// <summary>
    /// A numeric item's decimals, stated or inferred from precision (4.6.6); null for a non-numeric fact. A fact with
    /// neither, or with a lexical form XML Schema has already refused, counts as exact (INF).
    /// </summary>
    public Xbrl.Decimals? InferredDecimals
    {
        get => (_flags & HasDecimals) == 0 ? null : (_flags & DecimalsInfinite) != 0 ? Xbrl.Decimals.Infinite : Xbrl.Decimals.Finite(_places);
        init
        {
            _flags &= unchecked((byte)~(HasDecimals | DecimalsInfinite));
            _places = 0;
            if (value is { } d)
            {
                _flags |= HasDecimals;
                if (d.IsFinite(out var places))
                {
                    _places = places;
                }
                else
                {
                    _flags |= DecimalsInfinite;
                }
            }
        }
    }

    /// <summary>The decimals a numeric item's attributes state or imply, as <see cref="InferredDecimals"/> says.</summary>
    public static Xbrl.Decimals Infer(string? decimals, string? precision, decimal? number) =>
        (decimals is not null ? Xbrl.Decimals.Parse(decimals)
            : precision is not null && number is { } n ? Xbrl.Decimals.FromPrecision(precision, n)
            : null) ?? Xbrl.Decimals.Infinite;

    public bool PrecisionZero => Precision?.Trim() == "0";

    /// <summary>Lets the lexical value go when the number writes it again exactly (compared without allocating).</summary>
    private void Compact()
    {
        if (_value is null || (_flags & HasNumber) == 0)
        {
            return;
        }

        Span<char> buffer = stackalloc char[32];
        if (_number.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) && buffer[..written].SequenceEqual(_value))
        {
            _value = null;
        }
    }

    private sealed record Rare(int Parent, string? Id, string? Precision, string? Lang)
    {
        public static Rare? Of(int parent, string? id, string? precision, string? lang) =>
            parent == -1 && id is null && precision is null && lang is null ? null : new Rare(parent, id, precision, lang);
    }
}
