using AngleSharp.Dom;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>The HTML output mode: local links become routes, images get their media URL, blocks become empty placeholders.</summary>
internal static class RichTextMarkup
{
    public static void Resolve(IElement body, PropertyValueContext context)
    {
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            if (!LocalLinks.TryResolve(link.GetAttribute("href"), link.GetAttribute("type"), context.Render, context.Items, out var target))
            {
                continue;
            }

            link.RemoveAttribute("type");
            if (target is null)
            {
                link.RemoveAttribute("href");
                continue;
            }

            var path = target.IsMedia ? MediaUrls.UrlOf(target.Node) : Cache.RoutePaths.PathOf(target.Node);
            link.SetAttribute("href", path + target.QueryString);
        }

        foreach (var image in body.QuerySelectorAll("img[data-udi]"))
        {
            if (LocalLinks.ImageMedia(image.GetAttribute("data-udi"), context.Render) is { } media && MediaUrls.UrlOf(media) is { } url)
            {
                image.SetAttribute("src", url);
            }

            image.RemoveAttribute("data-udi");
            image.RemoveAttribute("data-caption");
        }

        foreach (var block in body.QuerySelectorAll("umb-rte-block, umb-rte-block-inline"))
        {
            var key = block.GetAttribute("data-content-key") ?? block.GetAttribute("data-content-id");
            foreach (var attribute in block.Attributes.Select(attribute => attribute.Name).ToList())
            {
                block.RemoveAttribute(attribute);
            }

            block.InnerHtml = "";
            if (key is not null)
            {
                block.SetAttribute("data-content-id", key);
            }
        }
    }
}
