namespace Worcs.LocalOffer.Engine.Languages;

/// <summary>
/// A language content can be written in, as Umbraco has them: an ISO code (a .NET culture name such as
/// <c>en-GB</c>), one default language, languages that must be published with every culture-variant document, and an
/// optional fallback.
/// </summary>
public sealed class Language
{
    public Guid Key { get; set; }

    /// <summary>The culture name in .NET's casing (<c>en-GB</c>, <c>cy-GB</c>); unique, compared ignoring case.</summary>
    public string IsoCode { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Exactly one language is the default: invariant names and routes are the default culture's.</summary>
    public bool IsDefault { get; set; }

    /// <summary>A culture-variant document cannot be published without this language.</summary>
    public bool IsMandatory { get; set; }

    /// <summary>The language whose value is used when this one has none, or null.</summary>
    public string? FallbackIsoCode { get; set; }

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    public int Revision { get; set; }
}
