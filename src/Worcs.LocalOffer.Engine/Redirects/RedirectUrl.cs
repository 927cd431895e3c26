namespace Worcs.LocalOffer.Engine.Redirects;

/// <summary>
/// A route a published document used to have (Umbraco's <c>umbracoRedirectUrl</c>): a request for <see cref="Url"/>
/// under the root <see cref="RootKey"/> that finds no page is sent to the document's current route.
/// </summary>
public sealed class RedirectUrl
{
    public Guid Key { get; set; }

    /// <summary>The top-level document the old route lay under (the Delivery API's start item).</summary>
    public Guid RootKey { get; set; }

    /// <summary>The old route below the root, without a trailing slash: <c>/</c>, <c>/news/old-name</c>.</summary>
    public string Url { get; set; } = "";

    /// <summary>The document the old route belonged to; the row goes when the document is deleted.</summary>
    public Guid ContentKey { get; set; }

    /// <summary>Always null: documents are invariant. Kept for Umbraco's shape.</summary>
    public string? Culture { get; set; }

    public DateTime CreateDateUtc { get; set; }
}
