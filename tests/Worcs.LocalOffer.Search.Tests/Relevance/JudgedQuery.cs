namespace Worcs.LocalOffer.Search.Tests.Relevance;

/// <summary>
/// A query and the page that must come back within <paramref name="MustBeWithin"/> (1 = first, 3 = top three).
/// <paramref name="FoundIn"/> is the download the words must be reported as found in, when they are only there.
/// </summary>
public sealed record JudgedQuery(string Kind, string Query, string ExpectedPage, int MustBeWithin, string? FoundIn = null)
{
    public override string ToString() => $"{Kind}: {Query}";
}
