using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Worcs.LocalOffer.Backoffice.ClientHosting;

/// <summary>
/// Matches the paths under <c>/umbraco/</c> that are the backoffice's own deep links (<c>section/content</c>,
/// <c>oauth_complete</c>, <c>logout</c>...) and not an API, the client's files or the login page, so an unknown API
/// path still answers 404 rather than an HTML page.
/// </summary>
internal sealed class BackofficePageConstraint : IRouteConstraint
{
    public const string Name = "backofficePage";

    private static readonly string[] NotPages =
    [
        "management/api", "delivery/api", "swagger", "backoffice", "login", "serverEventHub", "api",
    ];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        var path = values[routeKey] as string ?? "";
        return !NotPages.Any(prefix =>
            path.Equals(prefix, StringComparison.OrdinalIgnoreCase) || path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase));
    }
}
