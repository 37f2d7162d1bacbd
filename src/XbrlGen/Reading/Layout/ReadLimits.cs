namespace XbrlGen.Reading.Layout;

/// <summary>
/// How much of a release the readers take before they refuse it as no earnings release (or as built to exhaust memory):
/// the file's size, and for PDF and HTML the pages, words, decoded stream bytes, elements, nesting and table cells.
/// Far above any real release; a file over one of them gets a coded error, never a partial read.
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    /// <summary>The file's size in bytes (<c>--max-input-bytes</c>).</summary>
    public long MaxInputBytes { get; init; } = ReleaseSource.DefaultMaxBytes;

    /// <summary>Pages of a PDF.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Words of a PDF, all pages together.</summary>
    public int MaxWords { get; init; } = 2_000_000;

    /// <summary>Bytes one PDF stream may decode to (a decompression bomb stops here).</summary>
    public long MaxDecodedStreamBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Bytes all the PDF's streams may decode to together.</summary>
    public long MaxDecodedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Elements of an HTML page.</summary>
    public int MaxElements { get; init; } = 2_000_000;

    /// <summary>How deep HTML elements may nest.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Table cells of an HTML page, all tables together.</summary>
    public int MaxCells { get; init; } = 1_000_000;

    /// <summary>Grid columns one HTML table row may span (colspans summed; HTML itself caps one colspan at 1,000).</summary>
    public int MaxGridColumns { get; init; } = 1_000;
}
