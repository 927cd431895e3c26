using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>Writer options for every response: any Unicode text as is, characters significant in HTML still escaped.</summary>
internal static class ApiJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        SkipValidation = false,
    };
}
