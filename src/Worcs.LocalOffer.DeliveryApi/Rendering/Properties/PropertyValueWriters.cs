namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>The value writer for each editor alias; editors without one get their stored value as JSON or text.</summary>
internal sealed class PropertyValueWriters
{
    private readonly Dictionary<string, IPropertyValueWriter> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly RawValueWriter _fallback = new();

    public PropertyValueWriters(IEnumerable<IPropertyValueWriter> writers)
    {
        foreach (var writer in writers)
        {
            foreach (var alias in writer.EditorAliases)
            {
                _byAlias[alias] = writer;
            }
        }
    }

    public IPropertyValueWriter For(string editorAlias) => _byAlias.GetValueOrDefault(editorAlias) ?? _fallback;
}
