namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>A tab or a group of properties on a type.</summary>
public sealed class PropertyGroup
{
    public Guid Key { get; set; }

    public string Alias { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary><c>Tab</c> or <c>Group</c>, as Umbraco names them.</summary>
    public string Type { get; set; } = "Group";

    public int SortOrder { get; set; }
}
