using Microsoft.AspNetCore.Http;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>
/// Umbraco's request redirect service: a route that finds no page is looked up among the routes published pages used
/// to have (recorded by the engine when a page is renamed or moved), and the page's current route is the answer.
/// Asked only on a miss, so a found page never costs a database read, and a miss reads the database only for a route
/// <see cref="RedirectedRoutes"/> says may have been redirected.
/// </summary>
internal sealed class RedirectLookup(IUnitOfWorkFactory unitsOfWork, RedirectedRoutes redirected)
{
    private const string PreviewPrefix = "/preview-";

    public async Task<CachedNode?> FindAsync(ContentSnapshot snapshot, string idOrPath, CachedNode? startItem, Func<CachedNode, bool> isDeliverable, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(idOrPath, out _))
        {
            return null;
        }

        var normalized = RoutePaths.Normalize(idOrPath);
        if (normalized.StartsWith(PreviewPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        // Redirects are recorded without the trailing slash, as Umbraco records them.
        var url = normalized.Length > 1 ? normalized[..^1] : normalized;
        if (!redirected.MayRedirect(url))
        {
            return null;
        }

        await using var unitOfWork = await unitsOfWork.BeginAsync(cancellationToken);
        var redirect = await unitOfWork.Redirects.GetMostRecentAsync(url, startItem?.Key, cancellationToken);
        return redirect is not null && snapshot.Documents.Find(redirect.ContentKey) is { } target && isDeliverable(target) ? target : null;
    }

    /// <summary>
    /// Umbraco's answer: <c>301</c> with the page's route path in <c>Location</c>, and its start item in
    /// <c>Location-Start-Item-Path</c> and <c>Location-Start-Item-Id</c>; no body.
    /// </summary>
    public static IResult RedirectTo(HttpContext http, CachedNode target)
    {
        var root = target;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        http.Response.Headers.Append("Location-Start-Item-Path", root.UrlSegment);
        http.Response.Headers.Append("Location-Start-Item-Id", root.Key.ToString("D"));
        return Results.Redirect(RoutePaths.PathOf(target), permanent: true);
    }
}
