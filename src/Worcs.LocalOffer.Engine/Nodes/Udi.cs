using UmbracoUdi = Umbraco.Cms.Core.GuidUdi;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>An Umbraco UDI such as <c>umb://document/4f1c…</c>, formatted by Umbraco.Cms.Core.</summary>
public readonly record struct Udi(string EntityType, Guid Key)
{
    public override string ToString() => new UmbracoUdi(EntityType, Key).ToString();

    public static bool TryParse(string? text, out Udi udi)
    {
        udi = default;
        if (string.IsNullOrWhiteSpace(text) || !Umbraco.Cms.Core.UdiParser.TryParse(text, out Umbraco.Cms.Core.GuidUdi? parsed))
        {
            return false;
        }

        udi = new Udi(parsed.EntityType, parsed.Guid);
        return true;
    }
}
