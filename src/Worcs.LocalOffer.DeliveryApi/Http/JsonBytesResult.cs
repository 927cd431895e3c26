using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>Writes prepared JSON bytes straight to the response, with no serializer or file-result machinery in between.</summary>
internal sealed class JsonBytesResult(DeliveryBody body) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return Task.CompletedTask;
        }

        if (body.Parts.Count == 1)
        {
            return response.Body.WriteAsync(body.Parts[0]).AsTask();
        }

        var writer = response.BodyWriter;
        foreach (var part in body.Parts)
        {
            writer.Write(part.Span);
        }

        return writer.FlushAsync().AsTask();
    }
}
