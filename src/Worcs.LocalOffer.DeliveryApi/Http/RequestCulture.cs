using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>
/// The culture a request asks for, read as Umbraco's request culture service reads it: the whole <c>Accept-Language</c>
/// value as one culture (<c>pl-PL</c>), not a list with weights. A value that is not a single culture (a browser's
/// <c>en-GB,en;q=0.9</c>) or no header at all asks for none, so the default language answers.
/// </summary>
internal static partial class RequestCulture
{
    public static string? Of(HttpRequest request)
    {
        var value = request.Headers.AcceptLanguage.ToString().Trim();
        return value.Length > 0 && SingleCulture().IsMatch(value) ? value : null;
    }

    [GeneratedRegex(@"^[\w-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleCulture();
}
