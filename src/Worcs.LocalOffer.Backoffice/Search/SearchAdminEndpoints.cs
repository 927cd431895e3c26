using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Worcs.LocalOffer.Backoffice.Security;
using Worcs.LocalOffer.Search.Keeping;

namespace Worcs.LocalOffer.Backoffice.Search;

/// <summary>
/// The search admin endpoints, under Umbraco's management API prefix and open only to management keys with the
/// <c>admin</c> role: index status, and a rebuild of every index.
/// </summary>
public static class SearchAdminEndpoints
{
    public const string BasePath = "/umbraco/management/api/v1/local-offer/search/indexes";

    /// <summary>
    /// Maps <c>GET {BasePath}</c> (status) and <c>POST {BasePath}/rebuild</c> (202, queues a rebuild). Needs
    /// <c>AddLocalOfferManagementSecurity</c> and <c>UseAuthentication</c>/<c>UseAuthorization</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapLocalOfferSearchAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath)
            .RequireAuthorization(ManagementPolicies.Admin)
            .WithTags("Search indexes");
        group.MapGet("", (HttpContext http, SearchMaintenance maintenance) =>
            {
                NoStore(http);
                return Results.Json(SearchStatusBody.From(maintenance.Status()));
            })
            .WithName("GetLocalOfferSearchIndexes");
        group.MapPost("/rebuild", (HttpContext http, SearchMaintenance maintenance) =>
            {
                NoStore(http);
                maintenance.RequestRebuild();
                return Results.Accepted(BasePath, new { queued = true, status = BasePath });
            })
            .WithName("RebuildLocalOfferSearchIndexes");
        return endpoints;
    }

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";
}
