using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Backoffice.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against the configured management keys. Keys are compared
/// by their SHA-256 hashes in constant time, so timing reveals nothing about a key.
/// </summary>
internal sealed class ManagementApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<ManagementSettings> settings) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header[BearerPrefix.Length..].Trim()));
        ManagementApiKey? match = null;
        foreach (var candidate in settings.Value.ApiKeys)
        {
            // Every key is compared, so the time taken does not depend on which one matches.
            if (CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(candidate.Key))))
            {
                match = candidate;
            }
        }

        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The management key is not valid."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, match.Name), .. match.Roles.Select(role => new Claim(ClaimTypes.Role, role))],
            ManagementAuthentication.Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ManagementAuthentication.Scheme)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"Worcs.LocalOffer management\"";
        return base.HandleChallengeAsync(properties);
    }
}
