using System.Text.RegularExpressions;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>
/// The number formats of the registries: grouping separators removed, the decimal separator made a point. The
/// patterns are the registries' own; the output is checked to be a decimal (and, from Registry 4, made canonical).
/// </summary>
internal static partial class NumberForms
{
    private const string Apostrophes = "'`´’′";

    private static Transform Replace(Regex pattern, string remove, char? decimalSeparator, bool canonical) => s =>
    {
        if (!pattern.IsMatch(s))
        {
            return null;
        }

        var digits = Lexical.Without(s, remove);
        if (decimalSeparator is { } separator)
        {
            digits = digits.Replace(separator, '.');
        }

        return canonical ? Lexical.Canonical(digits) : Lexical.Canonical(digits) is null ? null : digits;
    };

    // Transformation Registry 1: grouping and decimal separators named by each transformation.
    public static readonly Transform CommaDot = Replace(Tr1CommaDot(), ",", null, false);
    public static readonly Transform SpaceDot = Replace(Tr1SpaceDot(), " \u00A0", null, false);
    public static readonly Transform DotComma = Replace(Tr1DotComma(), ".", ',', false);
    public static readonly Transform Comma = Replace(Tr1Comma(), string.Empty, ',', false);
    public static readonly Transform SpaceComma = Replace(Tr1SpaceComma(), " \u00A0", ',', false);
    public static readonly Transform Dash = s => s == "-" ? "0" : null;

    // Registries 2 and 3: groups of three digits, a comma, space or no-break space between them.
    public static readonly Transform DotDecimal = Replace(Tr2DotDecimal(), ", \u00A0", null, false);
    public static readonly Transform CommaDecimal = Replace(Tr2CommaDecimal(), ". \u00A0", ',', false);

    // Registries 4 and 5: separators anywhere, the result canonical.
    public static readonly Transform DotDecimal4 = Replace(Tr4DotDecimal(), ", \u00A0", null, true);
    public static readonly Transform CommaDecimal4 = Replace(Tr4CommaDecimal(), ". \u00A0", ',', true);
    public static readonly Transform DotDecimalApos = Replace(Tr5DotDecimalApos(), ", \u00A0" + Apostrophes, null, true);
    public static readonly Transform CommaDecimalApos = Replace(Tr5CommaDecimalApos(), ". \u00A0" + Apostrophes, ',', true);

    /// <summary>Indian grouping (lakh, crore): the last group of three digits, groups of two before it.</summary>
    public static string? DotDecimalIndian(string s)
    {
        var m = IndianDotDecimal().Match(s);
        return m.Success ? Lexical.Without(s, ", \u00A0") : null;
    }

    /// <summary>A whole part and a fraction of one or two digits, with units between (Registries 2 and 3): "5 dollars 10 cents".</summary>
    public static string? UnitDecimal(string s)
    {
        var m = Tr2UnitDecimal().Match(Lexical.AsciiDigits(s));
        return m.Success ? Lexical.Without(m.Groups[1].Value, ".,\uFF0C\uFF0E") + "." + Lexical.Pad2(m.Groups[2].Value) : null;
    }

    /// <summary>The same with Indian grouping (Registry 3).</summary>
    public static string? UnitDecimalIndian(string s)
    {
        var m = IndianUnitDecimal().Match(s);
        return m.Success ? Lexical.Without(m.Groups["whole"].Value, ", \u00A0") + "." + Lexical.Pad2(m.Groups["fraction"].Value) : null;
    }

    /// <summary>Registry 4's unit decimal: any grouping of the whole part, canonical output.</summary>
    public static string? UnitDecimal4(string s) => UnitDecimalWith(Tr4UnitDecimal(), s, ".,\uFF0C");

    /// <summary>Registry 5's, with apostrophes allowed in the whole part.</summary>
    public static string? UnitDecimalApos(string s) => UnitDecimalWith(Tr5UnitDecimalApos(), s, ".,\uFF0C\uFF07" + Apostrophes);

    private static string? UnitDecimalWith(Regex pattern, string s, string separators)
    {
        var m = pattern.Match(Lexical.AsciiDigits(s));
        if (!m.Success)
        {
            return null;
        }

        var whole = Lexical.Without(m.Groups[1].Value, separators);
        return whole.Length == 0 ? null : Lexical.Canonical(whole + "." + Lexical.Pad2(m.Groups[2].Value));
    }

    /// <summary>One dash, of any of the Unicode dashes the registries list, for zero.</summary>
    public static string? ZeroDash(string s) => s.Length == 1 && "-\u058A\u05BE\u2010\u2011\u2012\u2013\u2014\u2015\uFE58\uFE63\uFF0D".Contains(s[0], StringComparison.Ordinal) ? "0" : null;

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?$")]
    private static partial Regex Tr1CommaDot();

    [GeneratedRegex(@"^[0-9]{1,3}(?:[ \u00A0][0-9]{3})*(?:\.[0-9]+)?$")]
    private static partial Regex Tr1SpaceDot();

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]+)?$")]
    private static partial Regex Tr1DotComma();

    [GeneratedRegex(@"^[0-9]+(?:,[0-9]+)?$")]
    private static partial Regex Tr1Comma();

    [GeneratedRegex(@"^[0-9]{1,3}(?:[ \u00A0][0-9]{3})*(?:,[0-9]+)?$")]
    private static partial Regex Tr1SpaceComma();

    [GeneratedRegex(@"^[0-9]{1,3}(?:[, \u00A0]?[0-9]{3})*(?:\.[0-9]+)?$")]
    private static partial Regex Tr2DotDecimal();

    [GeneratedRegex(@"^[0-9]{1,3}(?:[. \u00A0]?[0-9]{3})*(?:,[0-9]+)?$")]
    private static partial Regex Tr2CommaDecimal();

    [GeneratedRegex(@"^[, \u00A00-9]*(?:\.[ \u00A00-9]+)?$")]
    private static partial Regex Tr4DotDecimal();

    [GeneratedRegex(@"^[. \u00A00-9]*(?:,[ \u00A00-9]+)?$")]
    private static partial Regex Tr4CommaDecimal();

    [GeneratedRegex(@"^[,'`´’′ \u00A00-9]*(?:\.[ \u00A00-9]+)?$")]
    private static partial Regex Tr5DotDecimalApos();

    [GeneratedRegex(@"^[.'`´’′ \u00A00-9]*(?:,[ \u00A00-9]+)?$")]
    private static partial Regex Tr5CommaDecimalApos();

    [GeneratedRegex(@"^(?:(?:[0-9]{1,2}[, \u00A0])?(?:[0-9]{2}[, \u00A0])*[0-9]{3}|[0-9]+)(?:\.[0-9]+)?$")]
    private static partial Regex IndianDotDecimal();

    [GeneratedRegex(@"^(0|[1-9][0-9]{0,2}(?:[.,\uFF0C\uFF0E]?[0-9]{3})*)[^0-9.,\uFF0C\uFF0E]+([0-9]{1,2})[^0-9.,\uFF0C\uFF0E]*$")]
    private static partial Regex Tr2UnitDecimal();

    [GeneratedRegex(@"^(?<whole>(?:[0-9]{1,2}[, \u00A0])?(?:[0-9]{2}[, \u00A0])*[0-9]{3}|[0-9]+)[^0-9]+(?<fraction>[0-9]{1,2})[^0-9]*$")]
    private static partial Regex IndianUnitDecimal();

    [GeneratedRegex(@"^([0-9.,\uFF0C]+)[^0-9.,\uFF0C][^0-9]*([0-9]{1,2})[^0-9]*$")]
    private static partial Regex Tr4UnitDecimal();

    [GeneratedRegex(@"^([0-9.,\uFF0C'`´’′\uFF07]+)[^0-9.,\uFF0C'`´’′\uFF07][^0-9]*([0-9]{1,2})[^0-9]*$")]
    private static partial Regex Tr5UnitDecimalApos();
}
