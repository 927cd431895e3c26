using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Worcs.LocalOffer.Host.Tests;

[TestFixture]
public sealed class WebHostBuilderExtensionsTests
{
    [Test]
    public void Listens_on_localhost_5180_when_no_address_is_configured()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());

        builder.WebHost.UseDefaultUrlUnlessConfigured();

        Assert.That(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey), Is.EqualTo("http://localhost:5180"));
    }

    [Test]
    public void Keeps_configured_urls()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddCommandLine(["--urls=http://127.0.0.1:6001"]);

        builder.WebHost.UseDefaultUrlUnlessConfigured();

        Assert.That(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey), Is.EqualTo("http://127.0.0.1:6001"));
    }

    [Test]
    public void Adds_no_urls_when_http_ports_are_configured()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddCommandLine(["--http_ports=8080"]);

        builder.WebHost.UseDefaultUrlUnlessConfigured();

        Assert.That(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey), Is.Null);
    }
}
