using System.Text;
using XbrlGen.Diagnostics;

namespace XbrlGen.Reading;

/// <summary>
/// The release's lines joined into one string, so that patterns can span line breaks, and the way back from an offset
/// in it to a line and column of the file.
/// </summary>
public sealed class JoinedText
{
    private readonly int[] _lineStarts;
    private readonly string _file;

    private JoinedText(string text, int[] lineStarts, string file)
    {
        Text = text;
        _lineStarts = lineStarts;
        _file = file;
    }

    public string Text { get; }

    /// <summary>Joins the lines with <paramref name="separator"/>; lines in <paramref name="blank"/> (1-based) become spaces.</summary>
    public static JoinedText Of(string file, IReadOnlyList<string> lines, char separator = ' ', IReadOnlySet<int>? blank = null)
    {
        var sb = new StringBuilder();
        var starts = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = sb.Length;
            sb.Append(blank is not null && blank.Contains(i + 1) ? new string(' ', lines[i].Length) : lines[i]).Append(separator);
        }

        return new JoinedText(sb.ToString(), starts, file);
    }

    /// <summary>The 0-based line an offset of <see cref="Text"/> falls on.</summary>
    public int LineIndexAt(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The file position (1-based line and column) of an offset of <see cref="Text"/>.</summary>
    public SourceSpan SpanAt(int offset)
    {
        var i = LineIndexAt(offset);
        return new SourceSpan(_file, i + 1, offset - _lineStarts[i] + 1);
    }
}
