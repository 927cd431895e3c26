using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Engine.Validation.Rules;

/// <summary>Refuses, at start-up, a rule that could never be checked, naming the rule by its position.</summary>
internal sealed class ContentRulesSettingsValidator : IValidateOptions<ContentRulesSettings>
{
    public ValidateOptionsResult Validate(string? name, ContentRulesSettings options)
    {
        var failures = new List<string>();
        for (var index = 0; index < options.Comparisons.Count; index++)
        {
            var rule = options.Comparisons[index];
            var where = $"{ContentRulesSettings.SectionKey}:Comparisons:{index}";
            if (string.IsNullOrWhiteSpace(rule.ContentType) || string.IsNullOrWhiteSpace(rule.Property) || string.IsNullOrWhiteSpace(rule.OtherProperty))
            {
                failures.Add($"{where}: ContentType, Property and OtherProperty are all required.");
            }

            if (!ComparisonOperators.IsKnown(rule.Operator))
            {
                failures.Add($"{where}: Operator '{rule.Operator}' is not one of {string.Join(", ", ComparisonOperators.Known)}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
