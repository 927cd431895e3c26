using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Storage;

/// <summary>Runs an operation in one unit of work: commits only when it succeeds, and turns a lost race into a Conflict.</summary>
internal static class UnitOfWorkRunner
{
    /// <summary>
    /// How often a create is tried when it loses a race at commit. A create's only race is a sibling created at the same
    /// moment with the same URL segment; tried again on fresh reads, it picks the next free segment. Of n creators racing
    /// for one name, one wins each round, so this allows ten at once.
    /// </summary>
    public const int CreateAttempts = 10;

    public static async Task<TResult> RunAsync<TResult>(
        this IUnitOfWorkFactory factory,
        Func<IUnitOfWork, Task<TResult>> operation,
        Func<OperationResult, TResult> fromFailure,
        CancellationToken cancellationToken,
        int attempts = 1)
        where TResult : OperationResult
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var unitOfWork = await factory.BeginAsync(cancellationToken);
                var result = await operation(unitOfWork);
                if (result.Succeeded)
                {
                    await unitOfWork.CommitAsync(cancellationToken);
                }

                return result;
            }
            catch (ConcurrencyConflictException conflict) when (attempt < attempts && conflict.CanRetry)
            {
                // A short random wait, so racers that lost together do not all read and commit together again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
            }
            catch (ConcurrencyConflictException exception)
            {
                return fromFailure(OperationResult.Fail(
                    OperationStatus.Conflict,
                    new ValidationError("revision", $"Someone else changed this item at the same time; reload it and try again. ({exception.Message})")));
            }
        }
    }

    public static Task<OperationResult<T>> RunAsync<T>(
        this IUnitOfWorkFactory factory,
        Func<IUnitOfWork, Task<OperationResult<T>>> operation,
        CancellationToken cancellationToken,
        int attempts = 1) =>
        factory.RunAsync(operation, OperationResult<T>.From, cancellationToken, attempts);

    public static Task<OperationResult> RunAsync(
        this IUnitOfWorkFactory factory,
        Func<IUnitOfWork, Task<OperationResult>> operation,
        CancellationToken cancellationToken) =>
        factory.RunAsync(operation, failure => failure, cancellationToken);
}
