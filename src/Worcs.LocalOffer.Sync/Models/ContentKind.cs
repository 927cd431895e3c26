namespace Worcs.LocalOffer.Sync.Models;

/// <summary>Which handler a <see cref="SyncContent"/> belongs to.</summary>
public enum ContentKind
{
    /// <summary><c>Content/*.config</c>, root <c>Content</c>.</summary>
    Document,

    /// <summary><c>Media/*.config</c>, root <c>Media</c>; no <c>Published</c>, <c>Schedule</c> or <c>Template</c>.</summary>
    Media,
}
