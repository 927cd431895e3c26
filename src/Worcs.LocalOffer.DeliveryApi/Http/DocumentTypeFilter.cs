using Worcs.LocalOffer.DeliveryApi.Configuration;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>Which document types are delivered: the allowed list when set, otherwise all but the disallowed ones.</summary>
internal static class DocumentTypeFilter
{
    public static Func<string, bool> Create(DeliveryApiSettings settings)
    {
        var allowed = settings.AllowedContentTypeAliases.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var disallowed = settings.DisallowedContentTypeAliases.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return allowed.Count > 0
            ? alias => allowed.Contains(alias)
            : alias => !disallowed.Contains(alias);
    }
}
