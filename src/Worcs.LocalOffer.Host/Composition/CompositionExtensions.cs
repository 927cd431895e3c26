using Microsoft.Extensions.DependencyInjection.Extensions;
using Worcs.LocalOffer.DeliveryApi.FullText;

namespace Worcs.LocalOffer.Host.Composition;

internal static class CompositionExtensions
{
    /// <summary>Serves the Delivery API's <c>q=</c> from site search. Needs <c>AddLocalOfferSearch</c>.</summary>
    public static IServiceCollection AddSiteSearchForDeliveryApi(this IServiceCollection services)
    {
        services.TryAddSingleton<IFullTextSearch, SiteSearchForDeliveryApi>();
        return services;
    }
}
