using System.Text.Encodings.Web;
using System.Text.Json;

namespace Worcs.LocalOffer.Persistence.Conversion;

/// <summary>The JSON settings of every JSON text column: compact, and without HTML escaping, which a column does not need.</summary>
internal static class JsonStorage
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The stored JSON is null where {typeof(T).Name} was expected.");
}
