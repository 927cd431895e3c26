using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Sync.Configuration;

/// <summary>Refuses <see cref="SyncSettings"/> that cannot work, naming each bad key, when the host starts.</summary>
public sealed class SyncSettingsValidator : IValidateOptions<SyncSettings>
{
    public ValidateOptionsResult Validate(string? name, SyncSettings options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
