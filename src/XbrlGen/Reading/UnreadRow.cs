using XbrlGen.Diagnostics;

namespace XbrlGen.Reading;

/// <summary>A row of a table whose figures do not fit its columns: its label, how many figures it has and how many the columns expect, and where it is.</summary>
public sealed record UnreadRow(string Label, int Figures, int Expected, SourceSpan Span);
