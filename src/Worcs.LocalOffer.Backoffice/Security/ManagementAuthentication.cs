using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine;

namespace Worcs.LocalOffer.Backoffice.Security;

public static class ManagementAuthentication
{
    public const string Scheme = "LocalOffer.ManagementApiKey";

    /// <summary>
    /// Registers the management key scheme and the <see cref="ManagementPolicies"/>. Endpoints opt in with
    /// <c>RequireAuthorization(ManagementPolicies.Admin)</c>; a missing or wrong key gets 401, a key without the role 403.
    /// </summary>
    public static IServiceCollection AddLocalOfferManagementSecurity(this IServiceCollection services)
    {
        services.AddLocalOfferSettings<ManagementSettings>(ManagementSettings.SectionKey);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ManagementSettings>, ManagementSettingsValidator>());
        services.TryAddSingleton<ManagementKeyRing>();
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ManagementApiKeyHandler>(Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ManagementPolicies.Admin, policy => policy
                .AddAuthenticationSchemes(Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(ManagementRoles.Admin));
        return services;
    }
}
