namespace Worcs.LocalOffer.Engine.Validation.Rules;

/// <summary>
/// Rules between properties of one type, under <c>LocalOffer:ContentRules</c>. Umbraco's schema only describes one
/// property at a time, so these live in configuration, beside the uSync files they refer to by alias.
/// </summary>
public sealed class ContentRulesSettings
{
    public const string SectionKey = "LocalOffer:ContentRules";

    public List<PropertyComparisonRule> Comparisons { get; set; } = [];
}
