namespace XbrlGen.Model;

/// <summary>An XBRL context: who (entity identifier and its scheme) and when.</summary>
public sealed record Context(string Id, string Scheme, string Identifier, Period Period);
