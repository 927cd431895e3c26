using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>Renders changed items into a new snapshot as it is published, so their first request finds the JSON ready.</summary>
internal sealed class SnapshotWarmer(PublishedContentCache cache, DeliveryRenderer renderer, TimeProvider clock)
{
    public void Warm(IReadOnlyCollection<Guid> keys)
    {
        var snapshot = cache.Current;
        var now = clock.GetUtcNow();
        foreach (var key in keys)
        {
            if (snapshot.Documents.Find(key) is { } document && renderer.IsDeliverable(document))
            {
                renderer.Item(snapshot, document, media: false, PropertySelection.None, PropertySelection.Everything, now);
            }
            else if (snapshot.Media.Find(key) is { } media)
            {
                renderer.Item(snapshot, media, media: true, PropertySelection.None, PropertySelection.Everything, now);
            }
        }
    }
}
