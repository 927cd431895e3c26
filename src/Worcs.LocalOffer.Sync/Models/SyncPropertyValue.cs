namespace Worcs.LocalOffer.Sync.Models;

/// <summary>
/// <c>&lt;Value [Culture] [Segment]&gt;&lt;![CDATA[…]]&gt;&lt;/Value&gt;</c>. JSON values are kept as written (uSync indents
/// them by 2 with <c>\u003C</c>-style escaping; see <see cref="Formats.SyncJson"/>).
/// </summary>
public sealed record SyncPropertyValue(string Value)
{
    public string? Culture { get; init; }

    public string? Segment { get; init; }
}
