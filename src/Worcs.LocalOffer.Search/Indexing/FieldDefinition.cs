namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>A field of an index: its name, its type and, for text, how much a match in it counts.</summary>
public sealed record FieldDefinition(string Name, FieldType Type, float Boost = 1f);
