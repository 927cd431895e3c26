using Worcs.LocalOffer.Search.Attachments;

namespace Worcs.LocalOffer.Search.Content;

/// <summary>A media item a document links to, with the text of its file (null when it has no file).</summary>
internal sealed record LinkedMedia(Guid Key, string Name, AttachmentText? File);
