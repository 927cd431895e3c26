namespace Worcs.LocalOffer.Host;

internal static class WebHostBuilderExtensions
{
    /// <summary>The fixed local address used when no address is configured.</summary>
    public const string DefaultUrl = "http://localhost:5180";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> unless an address was configured (ASPNETCORE_URLS, --urls, HTTP_PORTS...).
    /// A "urls" key in appsettings.json would win over ASPNETCORE_URLS, so the default lives here instead.
    /// </summary>
    public static IWebHostBuilder UseDefaultUrlUnlessConfigured(this IWebHostBuilder builder)
    {
        string[] keys = [WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey];
        if (keys.All(key => string.IsNullOrEmpty(builder.GetSetting(key))))
        {
            builder.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
