namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>Output switches from the Delivery API settings.</summary>
/// <param name="RichTextOutputAsJson">Rich text as the element tree instead of HTML.</param>
/// <param name="AllowedDocumentType">Whether a document type alias may be delivered.</param>
/// <param name="MaxDepth">How deep nested items may be written with their properties.</param>
internal sealed record RenderOptions(bool RichTextOutputAsJson, Func<string, bool> AllowedDocumentType, int MaxDepth)
{
    /// <summary>Whether an item may be delivered: any media, and documents of allowed types.</summary>
    public bool Delivers(Cache.CachedNode node) =>
        node.Node.Kind == Engine.Nodes.NodeKind.Media || AllowedDocumentType(node.Type.Alias);
}
