using System.Collections.Frozen;
using System.Text.Json;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.UploadField: the site path of an uploaded file, such as <c>/media/abc123/capital-fund-2026.pdf</c>.
/// Configuration: <c>fileExtensions</c>, as plain strings or <c>{"id":…,"value":"pdf"}</c> objects.
/// </summary>
public sealed class UploadFieldPropertyEditor : PropertyEditor
{
    private const string MediaRoot = "/media/";

    // Refused whatever the configuration says. Files under /media/ are served from the site's own origin, so anything
    // a browser would run as script (html, svg, xml-based pages, js) could attack signed-in users, and anything a
    // server or desktop would execute (exe, dll, scripts, ASP.NET pages and config) has no place in a document library.
    private static readonly FrozenSet<string> BannedExtensions = new[]
    {
        "exe", "dll", "com", "msi", "scr", "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "wsf", "hta", "jar", "sh",
        "js", "mjs", "html", "htm", "xhtml", "shtml", "svg", "svgz",
        "php", "asp", "aspx", "ashx", "asmx", "ascx", "axd", "cshtml", "vbhtml", "config",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override string Alias => PropertyEditorAliases.UploadField;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        var problem = CheckPath(value!) ?? CheckExtension(value!, context);
        return problem is null ? [] : [new ValidationError(context.Path, problem)];
    }

    /// <summary>Null when <paramref name="path"/> is a plain file path under /media/; otherwise why it is not. Shared with the image cropper.</summary>
    internal static string? CheckPath(string path)
    {
        if (!path.StartsWith(MediaRoot, StringComparison.OrdinalIgnoreCase) || path.Length == MediaRoot.Length)
        {
            return $"{ValueText.Quote(path)} is not an uploaded file: expected a path under /media/, like /media/abc123/capital-fund-2026.pdf.";
        }

        if (path.Contains('\\') || path.Contains("//", StringComparison.Ordinal) || path.Any(char.IsControl)
            || path.Split('/').Any(segment => segment is "." or ".."))
        {
            return $"{ValueText.Quote(path)} is not a plain file path: it must not contain '..', '.', '//', backslashes or control characters.";
        }

        return path.IndexOfAny(['?', '#']) >= 0
            ? $"{ValueText.Quote(path)} contains a query string or anchor; store only the file path."
            : null;
    }

    private static string? CheckExtension(string path, PropertyEditorContext context)
    {
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        var dot = fileName.LastIndexOf('.');
        var extension = dot > 0 ? fileName[(dot + 1)..] : "";
        if (extension.Length == 0)
        {
            return $"{ValueText.Quote(path)} has no file extension; expected a file name like capital-fund-2026.pdf.";
        }

        if (BannedExtensions.Contains(extension))
        {
            return $"Files of type '.{extension}' cannot be uploaded because they could run code on the site or on visitors' computers.";
        }

        var allowed = AllowedExtensions(context);
        return allowed.Count == 0 || allowed.Contains(extension, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"Files of type '.{extension}' are not allowed here; expected one of: {string.Join(", ", allowed.Select(item => "." + item))}.";
    }

    private static List<string> AllowedExtensions(PropertyEditorContext context) =>
        (JsonValues.GetArray(context.Configuration, "fileExtensions") ?? [])
            .Select(item => item?.GetValueKind() == JsonValueKind.Object ? JsonValues.GetString(item.AsObject(), "value") : JsonValues.ToElementValue(item))
            .Select(extension => extension?.Trim().TrimStart('.'))
            .OfType<string>()
            .Where(extension => extension.Length > 0)
            .ToList();
}
