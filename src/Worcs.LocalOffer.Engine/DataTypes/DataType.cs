namespace Worcs.LocalOffer.Engine.DataTypes;

/// <summary>A configured property editor: what editors pick when they add a property to a type.</summary>
public sealed class DataType
{
    public Guid Key { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The Umbraco property-editor alias, such as <c>Umbraco.TextBox</c>.</summary>
    public string EditorAlias { get; set; } = "";

    /// <summary>The backoffice UI alias, such as <c>Umb.PropertyEditorUi.TextBox</c>.</summary>
    public string? EditorUiAlias { get; set; }

    /// <summary>The editor configuration as a JSON object.</summary>
    public string ConfigurationJson { get; set; } = "{}";

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    /// <summary>Incremented on every write; stale writes are refused.</summary>
    public int Revision { get; set; }
}
