using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Engine.PropertyEditors.Limits;

/// <summary>Refuses, at start-up, a limit that is not positive or names an editor the engine does not have.</summary>
internal sealed class ValueSizeSettingsValidator(PropertyEditorCollection editors) : IValidateOptions<ValueSizeSettings>
{
    public ValidateOptionsResult Validate(string? name, ValueSizeSettings options)
    {
        var failures = new List<string>();
        foreach (var (alias, bytes) in options.MaxValueBytes)
        {
            var where = $"{ValueSizeSettings.SectionKey}:MaxValueBytes:{alias}";
            if (!string.Equals(alias, ValueSizeSettings.DefaultKey, StringComparison.OrdinalIgnoreCase) && !editors.TryGet(alias, out _))
            {
                failures.Add($"{where}: there is no property editor '{alias}'; use '{ValueSizeSettings.DefaultKey}' or one of {string.Join(", ", editors.Aliases.Order(StringComparer.Ordinal))}.");
            }

            if (bytes <= 0)
            {
                failures.Add($"{where}: {bytes} is not a size; give a number of bytes above 0.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
