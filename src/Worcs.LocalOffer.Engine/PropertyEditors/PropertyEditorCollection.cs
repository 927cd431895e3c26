namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>The property editors the engine knows, by alias (case-insensitive, as Umbraco compares them).</summary>
public sealed class PropertyEditorCollection(IEnumerable<IPropertyEditor> editors)
{
    private readonly Dictionary<string, IPropertyEditor> _byAlias =
        editors.ToDictionary(editor => editor.Alias, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Aliases => _byAlias.Keys;

    public bool TryGet(string alias, out IPropertyEditor editor) => _byAlias.TryGetValue(alias, out editor!);
}
