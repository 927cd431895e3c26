namespace Worcs.LocalOffer.Search.Content;

/// <summary>What a property contributes to search: text, tags, linked media and a date.</summary>
internal sealed class PropertyText
{
    public List<string> Texts { get; } = [];

    public List<string> Tags { get; } = [];

    public List<Guid> MediaKeys { get; } = [];

    public DateTime? Date { get; set; }

    /// <summary>Adds another culture's text of the same property; the first date found stays.</summary>
    public void Add(PropertyText other)
    {
        Texts.AddRange(other.Texts);
        Tags.AddRange(other.Tags);
        MediaKeys.AddRange(other.MediaKeys);
        Date ??= other.Date;
    }
}
