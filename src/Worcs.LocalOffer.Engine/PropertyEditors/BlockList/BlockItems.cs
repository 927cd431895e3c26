using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>A block value's content and settings items by key.</summary>
internal sealed record BlockItems(Dictionary<Guid, JsonObject> Contents, Dictionary<Guid, JsonObject> Settings);
