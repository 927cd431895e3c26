using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Worcs.LocalOffer.ContentModel.Derived;
using Worcs.LocalOffer.ContentModel.Rules;
using Worcs.LocalOffer.Engine.Validation.Rules;

namespace Worcs.LocalOffer.ContentModel;

public static class ContentModelServiceCollectionExtensions
{
    /// <summary>
    /// Registers the content model's derived properties, <see cref="DerivedProperties"/>, which reads them all, and its
    /// content rules (<see cref="IContentRule"/>), which the engine checks on save and publish.
    /// </summary>
    public static IServiceCollection AddLocalOfferContentModel(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDerivedProperty, ConsultationStatus>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDerivedProperty, CapitalFundPlanTotal>());
        services.TryAddSingleton<DerivedProperties>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentRule, NewsImageAltText>());
        return services;
    }
}
