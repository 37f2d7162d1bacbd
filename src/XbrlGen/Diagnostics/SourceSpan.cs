namespace XbrlGen.Diagnostics;

/// <summary>A position in a source file: 1-based line and column. Line 0 means "the whole file".</summary>
public sealed record SourceSpan(string File, int Line, int Column = 1)
{
    public static SourceSpan ForFile(string file) => new(file, 0, 0);

    public override string ToString() =>
        Line <= 0 ? File : $"{File}({Line.ToString(System.Globalization.CultureInfo.InvariantCulture)},{Column.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
