namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>The block types a block editor's data type lists, for readers outside the engine such as the Delivery API.</summary>
public static class BlockTypes
{
    /// <summary>The configured <c>blocks</c>: each content element type and its settings element type; empty when none are listed.</summary>
    public static IReadOnlyDictionary<Guid, Guid?> Read(string configurationJson) =>
        BlockValueValidator.AllowedBlocks(Schema.Schema.ParseConfiguration(configurationJson)) ?? [];
}
