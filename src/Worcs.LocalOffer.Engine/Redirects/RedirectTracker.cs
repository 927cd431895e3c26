using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Redirects;

/// <summary>
/// Umbraco's redirect URL tracking: when a published document's route changes (its URL segment on publish, or its
/// parent on a move), the old routes of it and its published descendants are recorded as redirects in the same unit
/// of work as the change, so they commit (or not) with it. A redirect from a route that a page now answers is removed,
/// so renaming back leaves no loop. Off when <see cref="WebRoutingSettings.DisableRedirectUrlTracking"/> is set.
/// </summary>
internal sealed class RedirectTracker(IOptionsMonitor<WebRoutingSettings> settings, TimeProvider clock)
{
    private bool Disabled => settings.CurrentValue.DisableRedirectUrlTracking;

    /// <summary>Before <paramref name="node"/>'s draft is published: records the routes a new URL segment replaces.</summary>
    public async Task TrackPublishAsync(IUnitOfWork unitOfWork, Node node, NodeVersion draft, CancellationToken cancellationToken)
    {
        if (Disabled || node.PublishedVersionId is not { } publishedId || publishedId == draft.Id)
        {
            return;
        }

        var published = await unitOfWork.Versions.GetAsync(publishedId, cancellationToken);
        if (published is null || published.UrlSegment == draft.UrlSegment)
        {
            return;
        }

        // The parent is the same before and after, so its route is read once.
        var parent = await PublishedRoute.ParentOfAsync(unitOfWork, node.ParentKey, cancellationToken);
        var before = parent?.Child(node.Key, published.UrlSegment);
        var after = parent?.Child(node.Key, draft.UrlSegment);
        var descendants = await unitOfWork.Nodes.GetDescendantsAsync(node.Path, cancellationToken);
        await RecordAsync(unitOfWork, node, descendants, before, after, cancellationToken);
    }

    /// <summary>Before <paramref name="node"/> (with <paramref name="descendants"/>, in tree order) moves under <paramref name="newParentKey"/>.</summary>
    public async Task TrackMoveAsync(IUnitOfWork unitOfWork, Node node, IReadOnlyList<Node> descendants, Guid? newParentKey, CancellationToken cancellationToken)
    {
        if (Disabled || node.Kind != NodeKind.Document || node.PublishedVersionId is not { } publishedId)
        {
            return;
        }

        var segment = (await unitOfWork.Versions.GetAsync(publishedId, cancellationToken))?.UrlSegment;
        if (segment is null)
        {
            return;
        }

        var before = await PublishedRoute.UnderAsync(unitOfWork, node.ParentKey, node.Key, segment, cancellationToken);
        var after = await PublishedRoute.UnderAsync(unitOfWork, newParentKey, node.Key, segment, cancellationToken);
        await RecordAsync(unitOfWork, node, descendants, before, after, cancellationToken);
    }

    private async Task RecordAsync(IUnitOfWork unitOfWork, Node node, IReadOnlyList<Node> descendants, PublishedRoute? before, PublishedRoute? after, CancellationToken cancellationToken)
    {
        if (before is null || after is null || before == after)
        {
            return;
        }

        var subtree = await PublishedRoute.SubtreeAsync(unitOfWork, node, descendants, cancellationToken);
        var changes = subtree.Select(item => (item.Key, Old: before.Below(item.Suffix), New: after.Below(item.Suffix))).ToList();
        var existing = await unitOfWork.Redirects.GetByUrlsAsync([.. changes.Select(change => change.Old).Concat(changes.Select(change => change.New)).Distinct()], cancellationToken);

        var nowAnswered = changes.Select(change => change.New).ToHashSet(StringComparer.Ordinal);
        var removed = existing.Where(row => row.RootKey == after.RootKey && nowAnswered.Contains(row.Url)).ToHashSet();
        foreach (var row in removed)
        {
            unitOfWork.Redirects.Remove(row);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var change in changes)
        {
            var same = existing.FirstOrDefault(row => !removed.Contains(row) && row.RootKey == before.RootKey && row.Url == change.Old);
            if (same is not null)
            {
                same.ContentKey = change.Key;
                same.CreateDateUtc = now;
                continue;
            }

            unitOfWork.Redirects.Add(new RedirectUrl { Key = Guid.NewGuid(), RootKey = before.RootKey, Url = change.Old, ContentKey = change.Key, CreateDateUtc = now });
        }
    }
}
