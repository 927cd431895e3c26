namespace Worcs.LocalOffer.Engine.PropertyEditors.Limits;

/// <summary>
/// The largest value, in UTF-8 bytes as stored, each property editor accepts, under
/// <c>LocalOffer:PropertyEditors:MaxValueBytes</c>: <c>Default</c> for every editor, and an entry per editor alias
/// (such as <c>Umbraco.RichText</c>) to override it. Configuration adds to or replaces these defaults key by key.
/// </summary>
public sealed class ValueSizeSettings
{
    public const string SectionKey = "LocalOffer:PropertyEditors";

    public const string DefaultKey = "Default";

    /// <summary>Bytes by editor alias, plus <see cref="DefaultKey"/>.</summary>
    public Dictionary<string, long> MaxValueBytes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [DefaultKey] = 256 * 1024,
        [PropertyEditorAliases.TextBox] = 16 * 1024,
        [PropertyEditorAliases.TextArea] = 64 * 1024,
        [PropertyEditorAliases.RichText] = 1024 * 1024,

        // Block values hold whole elements, rich text included; each nested value also meets its own editor's limit.
        [PropertyEditorAliases.BlockList] = 4 * 1024 * 1024,
        [PropertyEditorAliases.BlockGrid] = 4 * 1024 * 1024,
        [PropertyEditorAliases.SingleBlock] = 4 * 1024 * 1024,
    };
}
