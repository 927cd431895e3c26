namespace Worcs.LocalOffer.Sync.Reading;

/// <summary>The <c>Key</c>, <c>Alias</c> and <c>Level</c> every item's root element carries.</summary>
internal sealed record RootAttributes(Guid Key, string Alias, int Level)
{
    public static RootAttributes Read(ElementReader root)
    {
        var key = root.GuidAttribute("Key");
        var alias = root.RequiredAttribute("Alias");
        var level = root.Element.Attribute("Level") is null ? 0 : root.IntAttribute("Level");
        return new RootAttributes(key, alias, level);
    }
}
