namespace Worcs.LocalOffer.Engine.Redirects;

/// <summary>Umbraco's <c>Umbraco:CMS:WebRouting</c> settings that this engine honours.</summary>
public sealed class WebRoutingSettings
{
    public const string SectionKey = "Umbraco:CMS:WebRouting";

    /// <summary>When true, renames and moves record no redirects (existing ones keep answering, as in Umbraco).</summary>
    public bool DisableRedirectUrlTracking { get; set; }
}
