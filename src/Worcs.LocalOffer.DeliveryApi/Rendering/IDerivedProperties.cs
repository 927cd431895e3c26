using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>Values the content model promises but editors do not type in, added to a type's <c>properties</c>.</summary>
internal interface IDerivedProperties
{
    bool AppliesTo(CachedType type);

    /// <summary>True when a stored property must be delivered as null for now (such as an outcome before closing).</summary>
    bool Hides(string alias, Func<string, string?> getValue, RenderContext context);

    void Write(Utf8JsonWriter writer, CachedType type, Func<string, string?> getValue, PropertySelection fields, RenderContext context);
}
