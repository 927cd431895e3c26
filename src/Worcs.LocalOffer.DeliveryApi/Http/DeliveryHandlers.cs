using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Worcs.LocalOffer.ContentModel.Derived;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Configuration;
using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>The work behind the eight endpoints, shared by content (documents) and media.</summary>
internal sealed class DeliveryHandlers(RequestGate gate, DeliveryRenderer renderer, CachingHeaders caching, DerivedProperties derived, RedirectLookup redirects, IOptions<DeliveryApiExtensionSettings> options)
{
    private readonly DeliveryApiExtensionSettings _settings = options.Value;

    public async Task<IResult> QueryAsync(HttpContext http, bool media, string? fetch, StringValues filter, StringValues sort, string? skip, string? take, string? expand, string? fields)
    {
        var (request, refusal) = await gate.OpenAsync(http, media);
        if (request is null)
        {
            return refusal!;
        }

        var queryError = media
            ? MediaQueryParser.TryParse(fetch, filter, sort, skip, take, request.Snapshot, _settings, out var query)
            : ContentQueryParser.TryParse(fetch, filter, sort, skip, take, request.Snapshot, derived, _settings, out query);
        if (queryError is not null)
        {
            return Problems.BadRequest(queryError);
        }

        if (SelectionParameters.TryParse(expand, fields, _settings, out var expandSelection, out var fieldsSelection) is { } selectionError)
        {
            return Problems.BadRequest(selectionError);
        }

        var (total, items) = ContentQueryExecutor.Execute(request.Snapshot, query!, media, request.StartItem, renderer.IsDeliverable, request.Now);
        return caching.Send(http, request, renderer.Page(request.Snapshot, total, items, media, expandSelection, fieldsSelection, request.Now), media);
    }

    public async Task<IResult> ItemAsync(HttpContext http, bool media, string? idOrPath, string? expand, string? fields)
    {
        var (request, refusal) = await gate.OpenAsync(http, media);
        if (request is null)
        {
            return refusal!;
        }

        if (SelectionParameters.TryParse(expand, fields, _settings, out var expandSelection, out var fieldsSelection) is { } error)
        {
            return Problems.BadRequest(error);
        }

        var node = Find(request, media, idOrPath ?? "/");
        if (node is null || !renderer.IsDeliverable(node))
        {
            return !media && await redirects.FindAsync(request.Snapshot, idOrPath ?? "/", request.StartItem, renderer.IsDeliverable, http.RequestAborted) is { } moved
                ? RedirectLookup.RedirectTo(http, moved)
                : Problems.Status(StatusCodes.Status404NotFound);
        }

        return caching.Send(http, request, renderer.Item(request.Snapshot, node, media, expandSelection, fieldsSelection, request.Now), media);
    }

    public async Task<IResult> ItemsAsync(HttpContext http, bool media, StringValues id, string? expand, string? fields)
    {
        var (request, refusal) = await gate.OpenAsync(http, media);
        if (request is null)
        {
            return refusal!;
        }

        if (SelectionParameters.TryParse(expand, fields, _settings, out var expandSelection, out var fieldsSelection) is { } error)
        {
            return Problems.BadRequest(error);
        }

        var keys = new List<Guid>();
        foreach (var text in id)
        {
            if (!Guid.TryParse(text, out var key))
            {
                return Problems.BadRequest(new QueryError("id", "Invalid id", $"id='{text}' is not a GUID; ids are the items' keys, such as 5de65f2e-055e-4e6a-adc3-edb340dcd2e8."));
            }

            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        var tree = media ? request.Snapshot.Media : request.Snapshot.Documents;
        var nodes = keys.Select(tree.Find).OfType<CachedNode>().Where(renderer.IsDeliverable).ToList();
        return caching.Send(http, request, renderer.List(request.Snapshot, nodes, media, expandSelection, fieldsSelection, request.Now), media);
    }

    private static CachedNode? Find(DeliveryRequest request, bool media, string idOrPath) =>
        media ? ContentRouter.FindMedia(request.Snapshot, idOrPath) : ContentRouter.FindDocument(request.Snapshot, idOrPath, request.StartItem);
}
