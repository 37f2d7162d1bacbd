using System.Globalization;
using XbrlGen.Diagnostics;

namespace XbrlGen.Xbrl;

/// <summary>
/// One fact of an instance, kept as a compact record rather than a DOM node: concept, parent tuple, references,
/// precision and the lexical value. Large instances are validated in one streaming pass that keeps only these, so the
/// record is kept small: the attributes few facts have (a parent tuple, an id, precision, xml:lang) share one
/// reference, the number is kept as a 63-bit integer and a scale (a wider one beside the rare attributes), and a
/// numeric value whose lexical form is its number's invariant form (most are) is not kept as text as well:
/// <see cref="Value"/> writes it again when asked.
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
    private const byte IsNil = 1, HasNumber = 2, Negative = 4, HasDecimals = 8, DecimalsInfinite = 16;

    /// <summary>Parent, id, precision, language, and a number or decimals too wide for the fields below: null for the common fact.</summary>
    private Rare? _rare = Rare.Of(Parent, Id, Precision, Lang);

    /// <summary>The lexical value; null when it is exactly the number's invariant form.</summary>
    private string? _value = Value;

    /// <summary>The number's integer digits (with <see cref="_scale"/> and the sign flag), when it fits 63 bits.</summary>
    private long _mantissa;
    private short _places;
    private byte _scale;
    private byte _flags = Nil ? IsNil : (byte)0;

    public int Parent { get => _rare?.Parent ?? -1; init => _rare = Rare.Normalize((_rare ?? Rare.Empty) with { Parent = value }); }

    public string? Id { get => _rare?.Id; init => _rare = Rare.Normalize((_rare ?? Rare.Empty) with { Id = value }); }

    public string? Precision { get => _rare?.Precision; init => _rare = Rare.Normalize((_rare ?? Rare.Empty) with { Precision = value }); }

    public string? Lang { get => _rare?.Lang; init => _rare = Rare.Normalize((_rare ?? Rare.Empty) with { Lang = value }); }

    public bool Nil { get => (_flags & IsNil) != 0; init => _flags = value ? (byte)(_flags | IsNil) : (byte)(_flags & ~IsNil); }

    public string Value
    {
        get => _value ?? Number!.Value.ToString(CultureInfo.InvariantCulture);
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
        get => (_flags & HasNumber) == 0 ? _rare?.WideNumber
            : new decimal(unchecked((int)_mantissa), (int)(_mantissa >> 32), 0, (_flags & Negative) != 0, _scale);
        init
        {
            var text = Value;
            _flags = (byte)(_flags & ~(HasNumber | Negative));
            (_mantissa, _scale) = (0, 0);
            decimal? wide = null;
            if (value is { } n)
            {
                Span<int> bits = stackalloc int[4];
                decimal.GetBits(n, bits);
                if (bits[2] == 0 && bits[1] >= 0)
                {
                    _mantissa = ((long)bits[1] << 32) | unchecked((uint)bits[0]);
                    _scale = (byte)((bits[3] >> 16) & 0xFF);
                    _flags = (byte)(_flags | HasNumber | (bits[3] < 0 ? Negative : 0));
                }
                else
                {
                    wide = n;
                }
            }

            if (wide is not null || _rare?.WideNumber is not null)
            {
                _rare = Rare.Normalize((_rare ?? Rare.Empty) with { WideNumber = wide });
            }

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
        get => (_flags & HasDecimals) == 0 ? _rare?.WideDecimals
            : (_flags & DecimalsInfinite) != 0 ? Xbrl.Decimals.Infinite : Xbrl.Decimals.Finite(_places);
        init
        {
            _flags = (byte)(_flags & ~(HasDecimals | DecimalsInfinite));
            _places = 0;
            Xbrl.Decimals? wide = null;
            if (value is { } d)
            {
                if (!d.IsFinite(out var places))
                {
                    _flags = (byte)(_flags | HasDecimals | DecimalsInfinite);
                }
                else if (places is >= short.MinValue and <= short.MaxValue)
                {
                    _places = (short)places;
                    _flags = (byte)(_flags | HasDecimals);
                }
                else
                {
                    wide = d;
                }
            }

            if (wide is not null || _rare?.WideDecimals is not null)
            {
                _rare = Rare.Normalize((_rare ?? Rare.Empty) with { WideDecimals = wide });
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
        if (_value is null || Number is not { } number)
        {
            return;
        }

        Span<char> buffer = stackalloc char[40];
        if (number.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) && buffer[..written].SequenceEqual(_value))
        {
            _value = null;
        }
    }

    private sealed record Rare(int Parent, string? Id, string? Precision, string? Lang)
    {
        public static readonly Rare Empty = new(-1, null, null, null);

        public decimal? WideNumber { get; init; }

        public Xbrl.Decimals? WideDecimals { get; init; }

        public static Rare? Of(int parent, string? id, string? precision, string? lang) =>
            parent == -1 && id is null && precision is null && lang is null ? null : new Rare(parent, id, precision, lang);

        public static Rare? Normalize(Rare rare) => rare == Empty ? null : rare;
    }
}
