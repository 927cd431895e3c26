using Worcs.LocalOffer.Engine.ContentTypes;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>uSync's <c>Variations</c> text (Umbraco's <c>ContentVariation</c> names) read into the engine's values.</summary>
public static class SyncVariations
{
    /// <summary>The variation named by <paramref name="text"/>; <see cref="ContentVariation.Nothing"/> when absent, null when it names none.</summary>
    public static ContentVariation? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? ContentVariation.Nothing
            : Enum.GetValues<ContentVariation>().Select(value => (ContentVariation?)value)
                .FirstOrDefault(value => string.Equals(value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
