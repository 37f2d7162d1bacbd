using System.Globalization;

namespace XbrlGen.Xbrl;

/// <summary>
/// How precise a numeric fact is (XBRL 2.1 4.6.5): known to a number of decimal places (negative: tens, hundreds, ...),
/// or exact (<c>INF</c>). Ordered by precision: <see cref="Infinite"/> is above every finite value. The default value is
/// <c>Finite(0)</c>.
/// </summary>
public readonly struct Decimals : IEquatable<Decimals>, IComparable<Decimals>
{
    private readonly int _places;
    private readonly bool _infinite;

    private Decimals(int places, bool infinite) => (_places, _infinite) = (places, infinite);

    /// <summary>Exact: <c>decimals="INF"</c>.</summary>
    public static Decimals Infinite { get; } = new(0, infinite: true);

    /// <summary>Known to <paramref name="places"/> decimal places.</summary>
    public static Decimals Finite(int places) => new(places, infinite: false);

    public bool IsInfinite => _infinite;

    /// <summary>The decimal places, when finite.</summary>
    public bool IsFinite(out int places)
    {
        places = _places;
        return !_infinite;
    }

    /// <summary>The places to round to: the finite value, or <see cref="Calculations.Exact"/> (nothing is rounded) for INF.</summary>
    public int RoundingPlaces => _infinite ? Calculations.Exact : _places;

    /// <summary>The lexical form of the <c>decimals</c> attribute: <c>INF</c> or an integer; null when it is neither.</summary>
    public static Decimals? Parse(string lexical)
    {
        var t = lexical.Trim();
        if (t == "INF")
        {
            return Infinite;
        }

        return int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var places) ? Finite(places) : null;
    }

    /// <summary>
    /// Decimals inferred from a <c>precision</c> attribute and the fact's value (XBRL 2.1 4.6.6): <c>INF</c> stays
    /// exact, as does a value of zero (no digit to count from); otherwise precision - floor(log10(|value|)) - 1. Null
    /// when the precision is neither <c>INF</c> nor a non-negative integer.
    /// </summary>
    public static Decimals? FromPrecision(string precision, decimal value)
    {
        var t = precision.Trim();
        if (t == "INF" || value == 0m)
        {
            return Infinite;
        }

        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Finite(p - Magnitude(value) - 1) : null;
    }

    /// <summary>floor(log10(|n|)) for n != 0, exactly.</summary>
    public static int Magnitude(decimal n)
    {
        n = Math.Abs(n);
        var m = 0;
        while (n >= 10m)
        {
            n /= 10m;
            m++;
        }

        while (n < 1m)
        {
            n *= 10m;
            m--;
        }

        return m;
    }

    /// <summary>The less precise of two.</summary>
    public static Decimals Min(Decimals a, Decimals b) => a.CompareTo(b) <= 0 ? a : b;

    public int CompareTo(Decimals other) => (_infinite, other._infinite) switch
    {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => -1,
        _ => _places.CompareTo(other._places),
    };

    public bool Equals(Decimals other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is Decimals other && Equals(other);

    public override int GetHashCode() => _infinite ? int.MinValue : _places;

    public static bool operator ==(Decimals a, Decimals b) => a.Equals(b);

    public static bool operator !=(Decimals a, Decimals b) => !a.Equals(b);

    public static bool operator <(Decimals a, Decimals b) => a.CompareTo(b) < 0;

    public static bool operator >(Decimals a, Decimals b) => a.CompareTo(b) > 0;

    public static bool operator <=(Decimals a, Decimals b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Decimals a, Decimals b) => a.CompareTo(b) >= 0;

    /// <summary>The lexical form, as the attribute is written: <c>INF</c> or the integer, in the invariant culture.</summary>
    public override string ToString() => _infinite ? "INF" : _places.ToString(CultureInfo.InvariantCulture);

    /// <summary>The lexical form; the same in every culture.</summary>
    public string ToString(IFormatProvider? provider) => ToString();
}
