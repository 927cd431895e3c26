using Worcs.LocalOffer.Host.Tests.Support;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Host.Tests.Startup;

[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class DatabaseConfigurationTests
{
    [Test]
    public async Task Unknown_provider_name_fails_start_up_with_a_message_naming_the_config_key()
    {
        using var contentRoot = new TempContentRoot();
        await using var factory = new LocalOfferHostFactory(contentRoot.Path, new Dictionary<string, string?>
        {
            ["ConnectionStrings:umbracoDbDSN"] = "Data Source=whatever",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "System.Data.SqlClient",
        });

        var exception = Assert.Catch(() => factory.StartServer());

        Assert.That(Messages(exception), Does.Contain("ConnectionStrings:umbracoDbDSN_ProviderName"));
    }

    [Test]
    public void Unknown_import_at_startup_value_fails_start_up_with_a_message_naming_the_config_key()
    {
        using var contentRoot = new TempContentRoot();
        using var factory = new LocalOfferHostFactory(contentRoot.Path, new Dictionary<string, string?>
        {
            ["uSync:Settings:ImportAtStartup"] = "Everything",
        });

        var exception = Assert.Catch(() => factory.StartServer());

        Assert.That(Messages(exception), Does.Contain("uSync:Settings:ImportAtStartup"));
    }

    private static string Messages(Exception? exception) =>
        exception is null ? string.Empty : exception.Message + Environment.NewLine + Messages(exception.InnerException);
}
