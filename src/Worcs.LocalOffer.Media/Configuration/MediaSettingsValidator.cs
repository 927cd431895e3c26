using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Media.Configuration;

/// <summary>Stops start-up with every wrong <c>LocalOffer:Media</c> setting named.</summary>
internal sealed class MediaSettingsValidator : IValidateOptions<MediaSettings>
{
    public ValidateOptionsResult Validate(string? name, MediaSettings options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.RootFolder))
        {
            failures.Add($"'{MediaSettings.SectionKey}:RootFolder' must name a folder.");
        }

        if (string.IsNullOrWhiteSpace(options.CacheFolder))
        {
            failures.Add($"'{MediaSettings.SectionKey}:CacheFolder' must name a folder.");
        }

        if (options.MaxWidth is < 1 or > 20_000)
        {
            failures.Add($"'{MediaSettings.SectionKey}:MaxWidth' must be from 1 to 20000; it is {options.MaxWidth}.");
        }

        if (options.MaxHeight is < 1 or > 20_000)
        {
            failures.Add($"'{MediaSettings.SectionKey}:MaxHeight' must be from 1 to 20000; it is {options.MaxHeight}.");
        }

        if (options.MaxInputPixels < 1)
        {
            failures.Add($"'{MediaSettings.SectionKey}:MaxInputPixels' must be positive; it is {options.MaxInputPixels}.");
        }

        if (options.BrowserMaxAge < TimeSpan.Zero)
        {
            failures.Add($"'{MediaSettings.SectionKey}:BrowserMaxAge' must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
