namespace Worcs.LocalOffer.DeliveryApi.FullText;

/// <summary>A search parameter other than the text is invalid; answered with a 400 naming <see cref="Parameter"/>.</summary>
public sealed class FullTextQueryException : Exception
{
    public FullTextQueryException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    public FullTextQueryException()
        : this("q", "The search request is invalid.")
    {
    }

    public FullTextQueryException(string message)
        : this("q", message)
    {
    }

    public FullTextQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Parameter = "q";
    }

    public string Parameter { get; } = "q";
}
