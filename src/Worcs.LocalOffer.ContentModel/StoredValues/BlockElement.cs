namespace Worcs.LocalOffer.ContentModel.StoredValues;

/// <summary>One block's content or settings: its key, element type and stored values by alias.</summary>
public sealed record BlockElement(Guid Key, Guid ContentTypeKey, IReadOnlyDictionary<string, string?> Values)
{
    public string? GetValue(string alias) => Values.GetValueOrDefault(alias);
}
