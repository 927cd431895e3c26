using Microsoft.AspNetCore.Http;
using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>Problem-details answers in the shapes Umbraco gives.</summary>
internal static class Problems
{
    /// <summary>A bare status with ASP.NET's default problem body (type, title, status, traceId).</summary>
    public static IResult Status(int statusCode) => Results.Problem(statusCode: statusCode);

    /// <summary>A 400 as Umbraco's query endpoint gives it (<c>type</c> "Error", <c>title</c>, <c>detail</c>), plus the parameter at fault.</summary>
    public static IResult BadRequest(QueryError error) => Results.Problem(
        detail: error.Detail,
        statusCode: StatusCodes.Status400BadRequest,
        title: error.Title,
        type: "Error",
        extensions: new Dictionary<string, object?> { ["parameter"] = error.Parameter });

    /// <summary>A 503 saying why the answer is not available yet.</summary>
    public static IResult Unavailable(string detail) => Results.Problem(
        detail: detail,
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Service unavailable");
}
