using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// The value the legacy media picker stored, comma-separated media UDIs. Umbraco 17's MediaPicker3 still reads it (sites
/// upgraded from older versions keep such values until they are saved again), so it is a valid stored value here too.
/// </summary>
public static class LegacyMediaUdis
{
    /// <summary>The media keys of a value such as <c>umb://media/96b5…,umb://media/1a2b…</c>; false for anything else.</summary>
    public static bool TryRead(string? value, out List<Guid> mediaKeys)
    {
        mediaKeys = [];
        if (string.IsNullOrWhiteSpace(value) || !value.TrimStart().StartsWith("umb://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var text in CommaSeparated.Split(value))
        {
            if (!Udi.TryParse(text, out var udi) || udi.EntityType != UdiEntityTypes.Media)
            {
                mediaKeys.Clear();
                return false;
            }

            mediaKeys.Add(udi.Key);
        }

        return mediaKeys.Count > 0;
    }
}
