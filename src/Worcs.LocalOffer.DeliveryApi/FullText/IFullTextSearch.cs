namespace Worcs.LocalOffer.DeliveryApi.FullText;

/// <summary>
/// The extension point behind <c>GET /content?q=</c>: a full-text index of published content. The Delivery API asks it
/// for keys, snippets and facets, then renders the items from its own published cache and access rules. Register one
/// implementation; without it, <c>q</c> is answered with a 400.
/// </summary>
public interface IFullTextSearch
{
    /// <summary>
    /// Runs a search. The text is any text (never rejected). Throws <see cref="FullTextQueryException"/> naming the
    /// parameter for invalid sort or paging.
    /// </summary>
    Task<FullTextResults> SearchAsync(FullTextQuery query, CancellationToken cancellationToken);
}
