namespace Worcs.LocalOffer.Search.Content;

/// <summary>How many items an index should hold and the latest update among them: a cheap "is the index behind?" test.</summary>
public sealed record IndexFingerprint(int Count, long MaxUpdateTicks);
