using Worcs.LocalOffer.Engine.Redirects;

namespace Worcs.LocalOffer.Engine.Storage;

public interface IRedirectUrlRepository
{
    /// <summary>The newest redirect for <paramref name="url"/>, under <paramref name="rootKey"/> when given, else under any root.</summary>
    Task<RedirectUrl?> GetMostRecentAsync(string url, Guid? rootKey, CancellationToken cancellationToken);

    /// <summary>Every redirect whose old route is one of <paramref name="urls"/> (any root), tracked for change or removal.</summary>
    Task<IReadOnlyList<RedirectUrl>> GetByUrlsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken);

    /// <summary>Every old route a redirect is recorded for, under any root, each once.</summary>
    Task<IReadOnlyList<string>> GetAllUrlsAsync(CancellationToken cancellationToken);

    /// <summary>The redirects to one document, newest first.</summary>
    Task<IReadOnlyList<RedirectUrl>> GetForContentAsync(Guid contentKey, CancellationToken cancellationToken);

    void Add(RedirectUrl redirect);

    void Remove(RedirectUrl redirect);
}
