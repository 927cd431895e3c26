using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>A property of a type with its data type's editor and configuration resolved.</summary>
public sealed record CachedProperty(string Alias, string EditorAlias, JsonObject Configuration, int SortOrder);
