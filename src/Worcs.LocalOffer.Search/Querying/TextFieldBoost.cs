namespace Worcs.LocalOffer.Search.Querying;

/// <summary>A full-text field to search and how much a match in it counts.</summary>
public sealed record TextFieldBoost(string Name, float Boost);
