namespace Worcs.LocalOffer.Search.Site;

/// <summary>A search parameter other than the text is invalid: <see cref="Parameter"/> names it (map to a 400).</summary>
public sealed class SearchRequestException : Exception
{
    public SearchRequestException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    public SearchRequestException()
        : this("", "The search request is invalid.")
    {
    }

    public SearchRequestException(string message)
        : this("", message)
    {
    }

    public SearchRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Parameter = "";
    }

    public string Parameter { get; } = "";
}
