using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Scheduling;

/// <summary>
/// Carries out due scheduled publishes and unpublishes, each in its own transaction. A publish that fails
/// validation is logged and its schedule cleared, so it is not retried every round.
/// </summary>
public sealed class ScheduledPublishing
{
    private readonly IUnitOfWorkFactory _unitsOfWork;
    private readonly DocumentService _documents;
    private readonly TimeProvider _clock;
    private readonly ILogger<ScheduledPublishing> _logger;

    internal ScheduledPublishing(IUnitOfWorkFactory unitsOfWork, DocumentService documents, TimeProvider clock, ILogger<ScheduledPublishing> logger)
    {
        _unitsOfWork = unitsOfWork;
        _documents = documents;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Runs everything due now; returns how many actions succeeded.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<Nodes.Node> due;
        await using (var unitOfWork = await _unitsOfWork.BeginAsync(cancellationToken))
        {
            due = await unitOfWork.Nodes.GetScheduledDueAsync(now, cancellationToken);
        }

        var done = 0;
        foreach (var node in due)
        {
            if (node.ScheduledPublishDate <= now)
            {
                done += await RunAsync(node, "publish", _documents.PublishAsync(node.Key, null, cancellationToken), cancellationToken);
            }

            if (node.ScheduledUnpublishDate <= now)
            {
                done += await RunAsync(node, "unpublish", _documents.UnpublishAsync(node.Key, null, cancellationToken), cancellationToken);
            }
        }

        return done;
    }

    private async Task<int> RunAsync(Nodes.Node node, string action, Task<OperationResult<Nodes.Node>> operation, CancellationToken cancellationToken)
    {
        var result = await operation;
        if (result.Succeeded)
        {
            _logger.LogInformation("Scheduled {Action} of {Name} ({Key}) done", action, node.Name, node.Key);
            return 1;
        }

        _logger.LogWarning("Scheduled {Action} of {Name} ({Key}) failed and was cleared: {Result}", action, node.Name, node.Key, result);
        await ClearAsync(node.Key, action, cancellationToken);
        return 0;
    }

    private async Task ClearAsync(Guid key, string action, CancellationToken cancellationToken)
    {
        await _unitsOfWork.RunAsync(
            async unitOfWork =>
            {
                if (await unitOfWork.Nodes.GetAsync(key, cancellationToken) is { } node)
                {
                    if (action == "publish")
                    {
                        node.ScheduledPublishDate = null;
                    }
                    else
                    {
                        node.ScheduledUnpublishDate = null;
                    }

                    node.Revision++;
                }

                return OperationResult.Success();
            },
            cancellationToken);
    }
}
