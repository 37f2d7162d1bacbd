using XbrlGen.Model;
using XbrlGen.Reading;

namespace XbrlGen.Mapping;

/// <summary>A printed figure (a row's figure in one column) and the fact it became; <see cref="IsFiledCopy"/> when its value is the one filed.</summary>
public sealed record FigureLink(ReleaseRow Row, int Column, Fact Fact, bool IsFiledCopy);

/// <summary>A release row matched to a mapping line and its concept.</summary>
public sealed record RowLink(ReleaseTable Table, ReleaseRow Row, LineMap Line, Concept Concept);

/// <summary>What the mapping did with the release: every printed figure's fact, every row's line, and the concepts known.</summary>
public sealed record MappingTrace(IReadOnlyList<FigureLink> Figures, IReadOnlyList<RowLink> Rows, IReadOnlyDictionary<string, Concept> Concepts);
