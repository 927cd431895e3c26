namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>One culture of a culture-variant document being saved: its name and the values of the properties that vary by culture.</summary>
public sealed record CultureVariantRequest(string Name, IReadOnlyDictionary<string, string?>? Values = null);
