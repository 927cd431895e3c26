using System.Net;
using System.Text.Json;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Support;

/// <summary>A response read whole: status, headers and (when JSON) the parsed body.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, HttpResponseMessage Message, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) || Message.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
