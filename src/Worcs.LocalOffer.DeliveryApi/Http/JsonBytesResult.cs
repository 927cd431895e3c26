using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>
/// Writes prepared JSON bytes straight to the response, with no serializer or file-result machinery in between, flushing
/// every <see cref="FlushEvery"/> bytes so a large page is never held whole in the response buffer.
/// </summary>
internal sealed class JsonBytesResult(DeliveryBody body) : IResult
{
    private const int FlushEvery = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        var writer = response.BodyWriter;
        var pending = 0L;
        foreach (var part in body.Parts)
        {
            writer.Write(part.Span);
            pending += part.Length;
            if (pending >= FlushEvery)
            {
                pending = 0;
                var flushed = await writer.FlushAsync(httpContext.RequestAborted);
                if (flushed.IsCanceled || flushed.IsCompleted)
                {
                    return;
                }
            }
        }

        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
