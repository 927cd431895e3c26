namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>One block's content or settings: its key, element type and stored values by alias.</summary>
internal sealed record BlockElement(Guid Key, Guid ContentTypeKey, IReadOnlyDictionary<string, string?> Values)
{
    public string? GetValue(string alias) => Values.GetValueOrDefault(alias);
}
