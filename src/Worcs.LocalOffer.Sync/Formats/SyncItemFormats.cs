using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Formats;

/// <summary>Chooses the format by root element name.</summary>
internal static class SyncItemFormats
{
    public static SyncItem Read(XElement root) => root.Name.LocalName switch
    {
        "DataType" => DataTypeFormat.Read(root),
        "ContentType" => ContentTypeFormat.Read(root, ContentTypeKind.Document),
        "MediaType" => ContentTypeFormat.Read(root, ContentTypeKind.Media),
        "Content" => ContentFormat.Read(root, ContentKind.Document),
        "Media" => ContentFormat.Read(root, ContentKind.Media),
        "Language" => LanguageFormat.Read(root),
        "Empty" => MarkerFormat.ReadEmpty(root),
        "uSync" => MarkerFormat.ReadVersion(root),
        _ => ReadUnsupported(root),
    };

    public static XElement ToXml(SyncItem item) => item switch
    {
        SyncDataType dataType => DataTypeFormat.ToXml(dataType),
        SyncContentType contentType => ContentTypeFormat.ToXml(contentType),
        SyncContent content => ContentFormat.ToXml(content),
        SyncLanguage language => LanguageFormat.ToXml(language),
        SyncEmpty empty => MarkerFormat.ToXml(empty),
        SyncVersionMarker version => MarkerFormat.ToXml(version),
        SyncUnsupportedItem unsupported => new XElement(unsupported.Root),
        _ => throw new ArgumentException($"No uSync format for {item.GetType().Name}.", nameof(item)),
    };

    private static SyncUnsupportedItem ReadUnsupported(XElement root) =>
        new()
        {
            Root = new XElement(root),
            Key = Guid.TryParse(root.Attribute("Key")?.Value, out var key) ? key : Guid.Empty,
            Alias = root.Attribute("Alias")?.Value ?? "",
        };
}
