using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>The tree picker's <c>startNode</c> configuration: which tree it picks from.</summary>
internal static class TreePickerStartNode
{
    /// <summary>The configured <c>startNode.type</c> as a UDI entity type; Umbraco calls documents "content" here.</summary>
    public static string EntityType(JsonObject configuration) =>
        JsonValues.GetString(JsonValues.GetObject(configuration, "startNode"), "type")?.Trim().ToLowerInvariant() switch
        {
            "media" => UdiEntityTypes.Media,
            "member" => UdiEntityTypes.Member,
            _ => UdiEntityTypes.Document,
        };

    public static IEnumerable<ValidationError> Validate(JsonObject configuration)
    {
        if (!configuration.TryGetPropertyValue("startNode", out var startNode) || JsonValues.IsNull(startNode))
        {
            yield break;
        }

        if (startNode is not JsonObject start)
        {
            yield return new ValidationError("configuration.startNode", $"The start node is {JsonValues.Describe(startNode)}; expected {{\"type\":\"content\"}}, \"media\" or \"member\".");
            yield break;
        }

        if (start.TryGetPropertyValue("type", out var type) && !JsonValues.IsNull(type)
            && JsonValues.GetString(start, "type")?.Trim().ToLowerInvariant() is not ("content" or "media" or "member"))
        {
            yield return new ValidationError("configuration.startNode.type", $"The start node type is {type!.ToJsonString()}; expected \"content\", \"media\" or \"member\".");
        }

        foreach (var key in new[] { "minNumber", "maxNumber" })
        {
            if (configuration.TryGetPropertyValue(key, out var limit) && !JsonValues.IsNull(limit)
                && !(limit is JsonValue && limit.GetValueKind() is System.Text.Json.JsonValueKind.String && string.IsNullOrWhiteSpace(limit.GetValue<string>()))
                && JsonValues.GetInt(configuration, key) is not >= 0)
            {
                yield return new ValidationError($"configuration.{key}", $"The {key} is {limit!.ToJsonString()}; expected a whole number of 0 or more.");
            }
        }
    }
}
