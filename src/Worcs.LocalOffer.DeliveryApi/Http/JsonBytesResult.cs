using Microsoft.AspNetCore.Http;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>Writes prepared JSON bytes straight to the response, with no serializer or file-result machinery in between.</summary>
internal sealed class JsonBytesResult(byte[] json) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = json.Length;
        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(json).AsTask();
    }
}
