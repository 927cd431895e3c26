using Worcs.LocalOffer.DeliveryApi.Cache;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>A request that passed the access checks: the snapshot to read and the resolved headers.</summary>
internal sealed record DeliveryRequest(ContentSnapshot Snapshot, CachedNode? StartItem, bool Preview, bool Keyed, DateTimeOffset Now);
