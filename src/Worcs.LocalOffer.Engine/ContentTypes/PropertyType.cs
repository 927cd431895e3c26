namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>A property on a document, media or element type.</summary>
public sealed class PropertyType
{
    public Guid Key { get; set; }

    public string Alias { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public Guid DataTypeKey { get; set; }

    /// <summary>The alias of the group the property sits in, or null for none.</summary>
    public string? GroupAlias { get; set; }

    /// <summary>Culture when each language has its own value; allowed only on a type that varies by culture.</summary>
    public ContentVariation Variations { get; set; }

    public bool Mandatory { get; set; }

    public string? MandatoryMessage { get; set; }

    public string? ValidationRegex { get; set; }

    public string? ValidationRegexMessage { get; set; }

    public int SortOrder { get; set; }
}
