using Microsoft.Extensions.Configuration;

namespace Worcs.LocalOffer.Cli.Database;

/// <summary>
/// The host's <c>appsettings.json</c>, when the tool runs beside it, so that an import checks the same content rules
/// (<c>LocalOffer:ContentRules</c>) as the running site.
/// </summary>
internal static class HostSettings
{
    public static IConfiguration Load(string contentRoot) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(contentRoot, "appsettings.json"), optional: true, reloadOnChange: false)
            .Build();
}
