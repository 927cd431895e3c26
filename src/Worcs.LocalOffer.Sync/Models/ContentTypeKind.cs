namespace Worcs.LocalOffer.Sync.Models;

/// <summary>Which handler a <see cref="SyncContentType"/> belongs to; decides the element names and order.</summary>
public enum ContentTypeKind
{
    /// <summary>A document or element type: <c>ContentTypes/*.config</c>, root <c>ContentType</c>.</summary>
    Document,

    /// <summary>A media type: <c>MediaTypes/*.config</c>, root <c>MediaType</c>.</summary>
    Media,
}
