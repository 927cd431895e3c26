using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.Search.Content;

/// <summary>
/// Collects the words in a structured value (block lists, link pickers, maps): every string leaf except keys, UDIs,
/// aliases, URLs and the like; rich-text markup is stripped; media keys and media UDIs are collected as links.
/// </summary>
internal static class JsonTextWalker
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "key", "contentTypeKey", "contentKey", "settingsKey", "contentUdi", "settingsUdi", "editorAlias", "alias", "culture",
        "segment", "url", "target", "queryString", "timeZone", "date", "mediaTypeAlias", "maptype", "type", "icon", "crops", "focalPoint",
    };

    public static void Walk(JsonNode? node, PropertyText into) => Walk(node, null, into);

    private static void Walk(JsonNode? node, string? name, PropertyText into)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, child) in json)
                {
                    Walk(child, key, into);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, name, into);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text):
                Leaf(name, text, into);
                break;
        }
    }

    private static void Leaf(string? name, string text, PropertyText into)
    {
        if (string.Equals(name, "mediaKey", StringComparison.OrdinalIgnoreCase))
        {
            if (Guid.TryParse(text, out var mediaKey))
            {
                into.MediaKeys.Add(mediaKey);
            }

            return;
        }

        if (string.Equals(name, "udi", StringComparison.OrdinalIgnoreCase))
        {
            if (TryParseMediaUdi(text, out var mediaKey))
            {
                into.MediaKeys.Add(mediaKey);
            }

            return;
        }

        if (name is not null && Ignored.Contains(name))
        {
            return;
        }

        if (Guid.TryParse(text, out _) || text.StartsWith("umb://", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        into.Texts.Add(text.Contains('<', StringComparison.Ordinal) ? HtmlText.ToPlain(text) : text);
    }

    public static bool TryParseMediaUdi(string text, out Guid key)
    {
        key = Guid.Empty;
        const string prefix = "umb://" + UdiEntityTypes.Media + "/";
        return text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && Guid.TryParse(text[prefix.Length..], out key);
    }
}
