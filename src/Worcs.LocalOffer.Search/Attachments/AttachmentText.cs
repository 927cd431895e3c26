namespace Worcs.LocalOffer.Search.Attachments;

/// <summary>The text read from a download, or empty text with the reason it could not be read.</summary>
public sealed record AttachmentText(string FileName, string Text, string? Problem);
