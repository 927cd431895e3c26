namespace Worcs.LocalOffer.DeliveryApi.Tests.Support;

internal static class HttpClientExtensions
{
    /// <summary>GETs <paramref name="path"/> (relative to the Delivery API base unless it starts with <c>/</c>) with the given headers.</summary>
    public static async Task<ApiResponse> GetApiAsync(this HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.StartsWith('/') ? path : $"{Seed.Api}/{path}");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new ApiResponse(response.StatusCode, response, body);
    }
}
