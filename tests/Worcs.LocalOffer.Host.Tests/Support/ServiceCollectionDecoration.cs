using Microsoft.Extensions.DependencyInjection;

namespace Worcs.LocalOffer.Host.Tests.Support;

internal static class ServiceCollectionDecoration
{
    /// <summary>Wraps the last registration of <typeparamref name="TService"/>, keeping its lifetime.</summary>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, TService> decorate)
        where TService : class
    {
        var original = services.Last(descriptor => descriptor.ServiceType == typeof(TService));
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(
            typeof(TService),
            provider => decorate((TService)Create(original, provider)),
            original.Lifetime));
        return services;
    }

    private static object Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
