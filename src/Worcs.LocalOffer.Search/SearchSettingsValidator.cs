using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Search;

/// <summary>Stops start-up on search settings that cannot work, naming the key.</summary>
internal sealed class SearchSettingsValidator : IValidateOptions<SearchSettings>
{
    public ValidateOptionsResult Validate(string? name, SearchSettings settings)
    {
        var failures = new List<string>();
        if (settings.MaxAttachmentBytes <= 0)
        {
            failures.Add($"{SearchSettings.SectionKey}:MaxAttachmentBytes must be a positive whole number; it is {settings.MaxAttachmentBytes}.");
        }

        if (settings.MaxAttachmentChars <= 0)
        {
            failures.Add($"{SearchSettings.SectionKey}:MaxAttachmentChars must be a positive whole number; it is {settings.MaxAttachmentChars}.");
        }

        if (settings.BatchSize <= 0)
        {
            failures.Add($"{SearchSettings.SectionKey}:BatchSize must be a positive whole number; it is {settings.BatchSize}.");
        }

        if (string.IsNullOrWhiteSpace(settings.IndexRoot))
        {
            failures.Add($"{SearchSettings.SectionKey}:IndexRoot must name a folder.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
