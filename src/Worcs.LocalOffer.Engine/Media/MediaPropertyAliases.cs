namespace Worcs.LocalOffer.Engine.Media;

/// <summary>Umbraco's <c>Constants.Conventions.Media</c> property aliases.</summary>
public static class MediaPropertyAliases
{
    public const string File = "umbracoFile";
    public const string Width = "umbracoWidth";
    public const string Height = "umbracoHeight";
    public const string Bytes = "umbracoBytes";
    public const string Extension = "umbracoExtension";
}
