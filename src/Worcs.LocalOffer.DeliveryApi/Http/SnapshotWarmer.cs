using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>
/// Renders changed items into a new snapshot as it is published, in the default language and every other language's
/// view, so their first request finds the JSON ready.
/// </summary>
internal sealed class SnapshotWarmer(PublishedContentCache cache, DeliveryRenderer renderer, TimeProvider clock)
{
    public void Warm(IReadOnlyCollection<Guid> keys)
    {
        var current = cache.Current;
        var now = clock.GetUtcNow();
        foreach (var key in keys)
        {
            if (current.Media.Find(key) is { } media)
            {
                renderer.Item(current, media, media: true, PropertySelection.None, PropertySelection.Everything, now);
                continue;
            }

            foreach (var snapshot in current.Cultures.Languages.DefaultIfEmpty(current))
            {
                if (snapshot.Documents.Find(key) is { } document && renderer.IsDeliverable(document))
                {
                    renderer.Item(snapshot, document, media: false, PropertySelection.None, PropertySelection.Everything, now);
                }
            }
        }
    }
}
