using System.Text;
using System.Text.RegularExpressions;

namespace XbrlGen.Reading.Text;

/// <summary>What a printed token is, to the statement reader.</summary>
internal enum TokenKind
{
    /// <summary>A word of a label or heading.</summary>
    Word,

    /// <summary>A figure: <c>1,234</c>, <c>(1,234)</c>, <c>△1,234</c>, <c>-1,234</c>, or a dash for zero.</summary>
    Figure,

    /// <summary>A figure whose closing parenthesis is printed apart: <c>(1,234</c> then <c>)</c>.</summary>
    OpenFigure,

    /// <summary>A closing parenthesis alone.</summary>
    Close,

    /// <summary>A currency sign printed before figures: <c>$</c>, <c>¥</c>, <c>€</c>, <c>£</c>.</summary>
    Currency,
}

/// <summary>One token of a printed cell, with its offset in the line's text and its horizontal position.</summary>
internal sealed record Token(string Text, TokenKind Kind, int Line, int Cell, int Offset, double Left, double Right);

/// <summary>
/// Cuts printed text into words, figures and currency signs. Text copied from web pages runs figures into labels
/// (<c>expenses26,774,044</c>, <c>Revenues$ 47,316,308$</c>, <c>(152,212)109,935</c>, <c>2023Net revenue</c>);
/// a figure is cut out where it cannot belong to a word: after a space or sign, or before a capital letter.
/// </summary>
internal static partial class FigureTokens
{
    /// <summary>Full-width digits, signs and separators as ASCII; minus signs of every kind as <c>-</c>.</summary>
    /// <remarks>
    /// Full-width parentheses become ASCII only around a figure (<c>（1,234）</c>); around words they are part of a label
    /// as printed (<c>建物（純額）</c>, <c>純損失（△）</c>).
    /// </remarks>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '，' => ',',
                '．' => '.',
                '（' when OpensFigure(text, i + 1) => '(',
                '）' when i > 0 && IsDigit(text[i - 1]) => ')',
                '＄' => '$',
                '％' => '%',
                '\u2212' or '\u2012' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    /// <summary>Whether a figure starts at <paramref name="at"/>: a digit, or a sign (<c>△</c>, <c>-</c>, <c>$</c>) and then a digit.</summary>
    private static bool OpensFigure(string text, int at) =>
        at < text.Length && (IsDigit(text[at]) || (text[at] is '△' or '▲' or '-' or '\u2212' or '$' or '＄' or '¥' or '￥' && at + 1 < text.Length && IsDigit(text[at + 1])));

    /// <summary>The text the tokens are cut from: normalized, and words run together cut apart. Applying it twice changes nothing.</summary>
    public static string Prepare(string text) => CamelJoin().Replace(Normalize(text), " ");

    public static bool IsDash(string text) => text is "-" or "—" or "–" or "－" or "―" or "‐" or "--" or "—-";

    /// <summary>The tokens of one cell's text, offsets counted from <paramref name="offset"/>.</summary>
    public static IEnumerable<Token> Cut(string text, int line, int cell, int offset, double left, double right, bool geometryPerCharacter)
    {
        var normalized = Prepare(text);
        foreach (Match piece in Piece().Matches(normalized))
        {
            foreach (var (t, at) in CutPiece(piece.Value))
            {
                var kind = Classify(t);
                var l = geometryPerCharacter ? left + piece.Index + at : left;
                var r = geometryPerCharacter ? l + t.Length - 1 : right;
                yield return new Token(t, kind, line, cell, offset + piece.Index + at, l, r);
            }
        }
    }

    private static TokenKind Classify(string t)
    {
        if (t is "$" or "¥" or "€" or "£" or "US$" or "￥")
        {
            return TokenKind.Currency;
        }

        if (t == ")")
        {
            return TokenKind.Close;
        }

        if (IsDash(t))
        {
            return TokenKind.Figure;
        }

        if (PrintedNumber.TryParse(t) is { } n)
        {
            // Seven digits or more without grouping is a telephone or reference number, not a figure of a statement.
            return n.DecimalPlaces == 0 && !t.Contains(',', StringComparison.Ordinal) && t.Count(char.IsDigit) >= 7 ? TokenKind.Word : TokenKind.Figure;
        }

        return t.StartsWith('(') && !t.EndsWith(')') && PrintedNumber.TryParse(t + ")") is not null ? TokenKind.OpenFigure : TokenKind.Word;
    }

    private static IEnumerable<(string Text, int At)> CutPiece(string piece)
    {
        if (piece.Length > 1 && IsDash(piece[..1]) && char.IsUpper(piece[1]))
        {
            // "-Common Stock": a dash for zero run into the next label.
            yield return (piece[..1], 0);
            yield return (piece[1..], 1);
            yield break;
        }

        if (IsDash(piece) || !piece.Any(char.IsDigit) && !piece.Contains('$', StringComparison.Ordinal) && !piece.Contains('¥', StringComparison.Ordinal))
        {
            yield return (piece, 0);
            yield break;
        }

        var i = 0;
        var wordStart = 0;
        while (i < piece.Length)
        {
            var c = piece[i];
            if (c is '$' or '¥' or '€' or '£')
            {
                if (i > wordStart)
                {
                    yield return (piece[wordStart..i], wordStart);
                }

                yield return (piece[i..(i + 1)], i);
                i++;
                wordStart = i;
                continue;
            }

            if ((char.IsDigit(c) || c is '(' or '-' or '△' or '▲') && FigureAt().Match(piece, i) is { Success: true } m && CanStartFigure(piece, i, wordStart, m.Value))
            {
                var end = i + m.Length;
                var next = end < piece.Length ? piece[end] : ' ';
                if (end == piece.Length || (char.IsUpper(next) && !(end + 1 < piece.Length && char.IsDigit(piece[end + 1]))) || next is '$' or '(' or '¥' || (m.Value.EndsWith(')') && char.IsDigit(next)))
                {
                    if (i > wordStart)
                    {
                        yield return (piece[wordStart..i], wordStart);
                    }

                    yield return (piece[i..end], i);
                    i = end;
                    wordStart = i;
                    continue;
                }
            }

            i++;
        }

        if (wordStart < piece.Length)
        {
            yield return (piece[wordStart..], wordStart);
        }
    }

    /// <summary>
    /// A figure starts a token, follows a closing parenthesis or colon, opens a parenthesis after a word
    /// (<c>operations(387,621)</c>), or is grouped by commas after a word (<c>expenses26,774,044</c>); digits after
    /// letters otherwise belong to the word (<c>EBITDA1</c>, <c>Q3</c>).
    /// </summary>
    private static bool CanStartFigure(string piece, int i, int wordStart, string figure)
    {
        if (i == wordStart)
        {
            return true;
        }

        var prev = piece[i - 1];
        return prev is ')' or ':' || (figure[0] == '(' && char.IsLetter(prev)) || (char.IsLetter(prev) && figure.Contains(',', StringComparison.Ordinal));
    }

    /// <summary>Words run together by copying (<c>EndedSeptember</c>): a lower-case word of three letters or more, then a capitalized one.</summary>
    [GeneratedRegex(@"(?<=\b[A-Za-z]?[a-z]{2,})(?=[A-Z][a-z]{2,})")]
    private static partial Regex CamelJoin();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Piece();

    [GeneratedRegex(@"\G\(?[-△▲]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?\)?")]
    private static partial Regex FigureAt();
}
