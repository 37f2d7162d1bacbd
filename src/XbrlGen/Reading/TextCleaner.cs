using System.Text;

namespace XbrlGen.Reading;

/// <summary>
/// Undoes what PDF extraction does to text: runs printed two to four times over (bold text drawn repeatedly),
/// full-width spaces, tabs and ragged spacing.
/// </summary>
public static class TextCleaner
{
    /// <summary>The longest run that is looked for; bounds the work on long lines.</summary>
    public const int MaxRunLength = 48;

    /// <summary>Spaces of every kind folded to one ASCII space, ends trimmed.</summary>
    public static string NormalizeSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Collapses a run repeated 2-4 times in a row (<c>営業収益：営業収益：営業収益：営業収益：</c> becomes <c>営業収益：</c>).
    /// Only runs that contain non-ASCII text are collapsed, so English words and figures are never touched;
    /// a single character must repeat at least three times. The shortest repeating run wins, so a run printed
    /// four times is not mistaken for a pair of doubled runs.
    /// </summary>
    public static string CollapseRepeats(string text)
    {
        if (IsAscii(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var collapsed = false;
            var maxUnit = Math.Min(MaxRunLength, (text.Length - i) / 2);
            for (var unit = 1; unit <= maxUnit; unit++)
            {
                var repeats = CountRepeats(text, i, unit);
                if (repeats < (unit == 1 ? 3 : 2))
                {
                    continue;
                }

                var run = text.AsSpan(i, unit);
                if (!HasNonAsciiLetter(run) || run.Trim().Length == 0)
                {
                    continue;
                }

                sb.Append(run);
                i += unit * repeats;
                collapsed = true;
                break;
            }

            if (!collapsed)
            {
                sb.Append(text[i]);
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>Both at once, in the order that works: spaces first, so repeated runs line up.</summary>
    public static string Clean(string line) => NormalizeSpaces(CollapseRepeats(NormalizeSpaces(line)));

    /// <summary>Width as printed: CJK characters take two columns.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c > '\u2E7F' ? 2 : 1;
        }

        return width;
    }

    /// <summary>A key for matching labels and titles: width-folded (NFKC), lower case, letters and digits only.</summary>
    public static string MatchKey(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static bool HasCjk(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF')
            {
                return true;
            }
        }

        return false;
    }

    private static int CountRepeats(string text, int start, int unit)
    {
        var count = 1;
        while (start + (unit * (count + 1)) <= text.Length
               && text.AsSpan(start, unit).SequenceEqual(text.AsSpan(start + (unit * count), unit)))
        {
            count++;
        }

        return Math.Min(count, 4);
    }

    private static bool HasNonAsciiLetter(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (c > '\u007F' && c != '\u3000')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }
}
