namespace Worcs.LocalOffer.Search.Site;

/// <summary>
/// The index asked for has not been built yet (a new site, or one whose index was lost and is being rebuilt), so an
/// empty answer would be a wrong answer. Callers should say "try again shortly" (the Delivery API answers 503).
/// </summary>
public sealed class SearchUnavailableException : Exception
{
    public SearchUnavailableException()
        : this("Search is not ready yet.")
    {
    }

    public SearchUnavailableException(string message)
        : base(message)
    {
    }

    public SearchUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
