using System.Text.Json;
using System.Text.RegularExpressions;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Markdown, as Umbraco 12+ delivers it: the Markdown text itself, not HTML, with each <c>{localLink:…}</c> replaced
/// by the linked item's route (<c>#</c> when it is not delivered); null when empty.
/// </summary>
internal sealed partial class MarkdownValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.MarkdownEditor];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(LocalLinkPattern().Replace(value, match => Resolve(match.Value, context)));
    }

    private static string Resolve(string placeholder, PropertyValueContext context)
    {
        if (!LocalLinks.TryResolve(placeholder, null, context.Render, context.Items, out var target) || target is null)
        {
            return "#";
        }

        var path = target.IsMedia ? MediaUrls.UrlOf(target.Node) : RoutePaths.PathOf(target.Node);
        return (path ?? "#") + target.QueryString;
    }

    [GeneratedRegex(@"/?\{localLink:[^}]+\}", RegexOptions.CultureInvariant)]
    private static partial Regex LocalLinkPattern();
}
