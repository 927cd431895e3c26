using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Worcs.LocalOffer.ContentModel.Derived;

namespace Worcs.LocalOffer.ContentModel;

public static class ContentModelServiceCollectionExtensions
{
    /// <summary>Registers the content model's derived properties and <see cref="DerivedProperties"/>, which reads them all.</summary>
    public static IServiceCollection AddLocalOfferContentModel(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDerivedProperty, ConsultationStatus>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDerivedProperty, CapitalFundPlanTotal>());
        services.TryAddSingleton<DerivedProperties>();
        return services;
    }
}
