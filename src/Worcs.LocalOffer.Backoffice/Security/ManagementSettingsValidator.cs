using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Backoffice.Security;

/// <summary>Stops start-up on a weak, duplicated or nameless key, or an unknown role, naming the setting.</summary>
internal sealed class ManagementSettingsValidator : IValidateOptions<ManagementSettings>
{
    public ValidateOptionsResult Validate(string? name, ManagementSettings options)
    {
        var failures = new List<string>();
        for (var index = 0; index < options.ApiKeys.Count; index++)
        {
            var key = options.ApiKeys[index];
            var where = $"{ManagementSettings.SectionKey}:ApiKeys:{index}";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                failures.Add($"{where}:Name is required.");
            }

            if (key.Key.Length < ManagementSettings.MinimumKeyLength)
            {
                failures.Add($"{where}:Key must be at least {ManagementSettings.MinimumKeyLength} characters.");
            }

            foreach (var role in key.Roles.Where(role => !ManagementRoles.All.Contains(role)))
            {
                failures.Add($"{where}:Roles has '{role}', which is not one of {string.Join(", ", ManagementRoles.All)}.");
            }
        }

        foreach (var duplicate in options.ApiKeys.GroupBy(key => key.Key, StringComparer.Ordinal).Where(group => group.Count() > 1 && group.Key.Length > 0))
        {
            failures.Add($"{ManagementSettings.SectionKey}:ApiKeys: the keys of {string.Join(" and ", duplicate.Select(key => $"'{key.Name}'"))} are the same.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
