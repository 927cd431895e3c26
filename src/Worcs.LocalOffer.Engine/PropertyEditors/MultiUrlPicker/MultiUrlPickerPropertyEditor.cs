using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.MultiUrlPicker: a JSON array of <c>{"name","target","udi","url","queryString"}</c> links, each pointing at
/// a document or media item (udi) or at an external url. Configuration: <c>minNumber</c>, <c>maxNumber</c> (0 = no maximum).
/// </summary>
public sealed class MultiUrlPickerPropertyEditor : PropertyEditor
{
    private const string Example = """[{"name":"About","target":null,"udi":"umb://document/…","url":null,"queryString":null}]""";

    private static readonly string[] AllowedSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto, "tel"];

    private static readonly string[] AllowedTargets = ["", "_blank", "_self", "_parent", "_top"];

    public override string Alias => PropertyEditorAliases.MultiUrlPicker;

    public override bool IsEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (JsonValues.TryParse(value, out var node, out _) && (JsonValues.IsNull(node) || node is JsonArray { Count: 0 }));

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (!JsonValues.TryParse(value!, out var node, out var parseError))
        {
            return [new ValidationError(context.Path, $"The links {parseError}; expected a JSON array like {Example}.")];
        }

        if (node is not JsonArray links)
        {
            return [new ValidationError(context.Path, $"The links are {JsonValues.Describe(node)}; expected a JSON array like {Example}.")];
        }

        var errors = new List<ValidationError>();
        for (var index = 0; index < links.Count; index++)
        {
            errors.AddRange(CheckLink(links[index], string.Create(CultureInfo.InvariantCulture, $"{context.Path}[{index}]")));
        }

        errors.AddRange(PickerLimits.Check(
            links.Count,
            JsonValues.GetInt(context.Configuration, "minNumber"),
            JsonValues.GetInt(context.Configuration, "maxNumber"),
            "link",
            context));
        return errors;
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        // A picked document, or a url typed into a text box, becomes a single link.
        var text = value!.Trim();
        JsonObject? link = null;
        if (Udi.TryParse(text, out var udi))
        {
            link = Link(udi: udi.ToString(), url: null);
        }
        else if (ValueConversion.IsScalar(source) && CheckUrl(text) is null)
        {
            link = Link(udi: null, url: text);
        }

        var candidate = link is null ? text : JsonValues.Serialize(new JsonArray(link));
        return ValueConversion.Accept(this, source, candidate, context, out converted, out reason);
    }

    private static JsonObject Link(string? udi, string? url) => new()
    {
        ["name"] = null,
        ["target"] = null,
        ["udi"] = udi,
        ["url"] = url,
        ["queryString"] = null,
    };

    private static IEnumerable<ValidationError> CheckLink(JsonNode? item, string path)
    {
        if (item is not JsonObject link)
        {
            yield return new ValidationError(path, $"The link is {JsonValues.Describe(item)}; expected an object with a udi or a url.");
            yield break;
        }

        foreach (var field in new[] { "name", "target", "udi", "url", "queryString" })
        {
            if (!JsonValues.TryGetOptionalString(link[field], out _))
            {
                yield return new ValidationError($"{path}.{field}", $"The {field} is {JsonValues.Describe(link[field])}; expected text or null.");
            }
        }

        JsonValues.TryGetOptionalString(link["udi"], out var udiText);
        JsonValues.TryGetOptionalString(link["url"], out var url);
        JsonValues.TryGetOptionalString(link["target"], out var target);
        JsonValues.TryGetOptionalString(link["queryString"], out var queryString);

        if (string.IsNullOrWhiteSpace(udiText) && string.IsNullOrWhiteSpace(url))
        {
            yield return new ValidationError(path, "The link has neither a udi nor a url; pick a document or media item, or enter a url.");
        }

        if (!string.IsNullOrWhiteSpace(udiText)
            && (!Udi.TryParse(udiText, out var udi) || (udi.EntityType != UdiEntityTypes.Document && udi.EntityType != UdiEntityTypes.Media)))
        {
            yield return new ValidationError($"{path}.udi", $"{ValueText.Quote(udiText)} is not a document or media reference: expected umb://document/… or umb://media/… followed by 32 hexadecimal digits.");
        }

        if (!string.IsNullOrWhiteSpace(url) && CheckUrl(url) is { } urlProblem)
        {
            yield return new ValidationError($"{path}.url", urlProblem);
        }

        if (target is not null && !AllowedTargets.Contains(target, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationError($"{path}.target", $"{ValueText.Quote(target)} is not a link target: expected null, \"_blank\", \"_self\", \"_parent\" or \"_top\".");
        }

        if (!string.IsNullOrEmpty(queryString) && queryString[0] is not ('?' or '#'))
        {
            yield return new ValidationError($"{path}.queryString", $"{ValueText.Quote(queryString)} must start with '?' (a query string) or '#' (an anchor).");
        }
    }

    /// <summary>A message when <paramref name="url"/> is not an absolute http(s), mailto or tel address, a site path or an anchor.</summary>
    private static string? CheckUrl(string url)
    {
        if (url.Trim() != url)
        {
            return $"{ValueText.Quote(url)} starts or ends with spaces; remove them.";
        }

        // Browsers drop tabs and newlines inside URLs, so "java\tscript:" would still run script.
        if (url.Any(char.IsControl))
        {
            return $"{ValueText.Quote(url)} contains control characters such as tabs or line breaks; remove them.";
        }

        if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("/\\", StringComparison.Ordinal))
        {
            return $"{ValueText.Quote(url)} is a protocol-relative address; write it in full, starting with https://.";
        }

        if (url[0] is '/' or '#' or '?')
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return $"{ValueText.Quote(url)} is not a valid link: expected a full address such as https://www.worcestershire.gov.uk/, mailto:…, tel:…, or a site path starting with '/'.";
        }

        if (!AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return $"{ValueText.Quote(url)} uses the '{uri.Scheme}:' scheme, which is not allowed in links; use http, https, mailto or tel.";
        }

        return uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Host)
            ? $"{ValueText.Quote(url)} has no host name; expected a full address such as https://www.worcestershire.gov.uk/."
            : null;
    }
}
