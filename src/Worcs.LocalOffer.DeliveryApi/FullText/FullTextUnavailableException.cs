namespace Worcs.LocalOffer.DeliveryApi.FullText;

/// <summary>
/// Search cannot answer yet, for example while the first index of a new site is being built; answered with a 503 and
/// <c>Retry-After</c>, so a front end can tell "no results" from "not ready".
/// </summary>
public sealed class FullTextUnavailableException : Exception
{
    public FullTextUnavailableException()
        : this("Search is not ready yet.")
    {
    }

    public FullTextUnavailableException(string message)
        : base(message)
    {
    }

    public FullTextUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
