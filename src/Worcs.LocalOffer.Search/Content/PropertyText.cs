namespace Worcs.LocalOffer.Search.Content;

/// <summary>What a property contributes to search: text, tags, linked media and a date.</summary>
internal sealed class PropertyText
{
    public List<string> Texts { get; } = [];

    public List<string> Tags { get; } = [];

    public List<Guid> MediaKeys { get; } = [];

    public DateTime? Date { get; set; }
}
