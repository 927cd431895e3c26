using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>A property being written: its editor settings, whether it is expanded and the selections one level in.</summary>
internal sealed record PropertyValueContext(
    CachedProperty Property,
    bool Expanded,
    PropertySelection NestedExpand,
    PropertySelection NestedFields,
    int Depth,
    RenderContext Render,
    ItemWriter Items);
