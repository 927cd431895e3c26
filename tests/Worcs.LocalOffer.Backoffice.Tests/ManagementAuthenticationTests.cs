using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Backoffice.Security;

namespace Worcs.LocalOffer.Backoffice.Tests;

/// <summary>The management key scheme on Kestrel on loopback, in front of one endpoint that needs the admin role.</summary>
[TestFixture]
public sealed class ManagementAuthenticationTests
{
    private const string AdminKey = "admin-key-0123456789-abcdefghijklmnop";
    private const string EditorKey = "editor-key-0123456789-abcdefghijklmno";

    [Test]
    public async Task An_admin_key_reaches_an_admin_endpoint_as_its_named_caller()
    {
        await using var app = await StartAsync(Keys());
        using var client = ClientFor(app, AdminKey);

        using var response = await client.GetAsync("/admin-only");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("ops team"));
    }

    [Test]
    public async Task No_key_or_a_wrong_key_gets_401_with_a_bearer_challenge()
    {
        await using var app = await StartAsync(Keys());
        using var anonymous = ClientFor(app, key: null);
        using var wrong = ClientFor(app, AdminKey + "x");

        using var missing = await anonymous.GetAsync("/admin-only");
        using var refused = await wrong.GetAsync("/admin-only");

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(missing.Headers.WwwAuthenticate.Single().Scheme, Is.EqualTo("Bearer"));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_key_without_the_admin_role_gets_403()
    {
        await using var app = await StartAsync(Keys());
        using var client = ClientFor(app, EditorKey);

        using var response = await client.GetAsync("/admin-only");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task With_no_keys_configured_every_call_gets_401()
    {
        await using var app = await StartAsync([]);
        using var client = ClientFor(app, AdminKey);

        using var response = await client.GetAsync("/admin-only");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void A_short_key_or_an_unknown_role_stops_start_up_naming_the_setting()
    {
        var weak = new Dictionary<string, string?>
        {
            ["LocalOffer:Management:ApiKeys:0:Name"] = "weak",
            ["LocalOffer:Management:ApiKeys:0:Key"] = "short",
            ["LocalOffer:Management:ApiKeys:0:Roles:0"] = "superuser",
        };

        var failure = Assert.ThrowsAsync<OptionsValidationException>(async () => await StartAsync(weak));

        Assert.That(failure!.Message, Does.Contain("LocalOffer:Management:ApiKeys:0:Key must be at least 32 characters"));
        Assert.That(failure.Message, Does.Contain("'superuser'"));
    }

    private static Dictionary<string, string?> Keys() => new()
    {
        ["LocalOffer:Management:ApiKeys:0:Name"] = "ops team",
        ["LocalOffer:Management:ApiKeys:0:Key"] = AdminKey,
        ["LocalOffer:Management:ApiKeys:0:Roles:0"] = ManagementRoles.Admin,
        ["LocalOffer:Management:ApiKeys:1:Name"] = "comms",
        ["LocalOffer:Management:ApiKeys:1:Key"] = EditorKey,
        ["LocalOffer:Management:ApiKeys:1:Roles:0"] = ManagementRoles.Editor,
    };

    private static async Task<WebApplication> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLocalOfferManagementSecurity();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/admin-only", (ClaimsPrincipal user) => Results.Text(user.Identity!.Name!)).RequireAuthorization(ManagementPolicies.Admin);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    private static HttpClient ClientFor(WebApplication app, string? key)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }
}
