using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Storage;

/// <summary>Runs an operation in one unit of work: commits only when it succeeds, and turns a lost race into a Conflict.</summary>
internal static class UnitOfWorkRunner
{
    public static async Task<TResult> RunAsync<TResult>(
        this IUnitOfWorkFactory factory,
        Func<IUnitOfWork, Task<TResult>> operation,
        Func<OperationResult, TResult> fromFailure,
        CancellationToken cancellationToken)
        where TResult : OperationResult
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
        catch (ConcurrencyConflictException exception)
        {
            return fromFailure(OperationResult.Fail(
                OperationStatus.Conflict,
                new ValidationError("revision", $"Someone else changed this item at the same time; reload it and try again. ({exception.Message})")));
        }
    }

    public static Task<OperationResult<T>> RunAsync<T>(
        this IUnitOfWorkFactory factory,
        Func<IUnitOfWork, Task<OperationResult<T>>> operation,
        CancellationToken cancellationToken) =>
        factory.RunAsync(operation, OperationResult<T>.From, cancellationToken);

    public static Task<OperationResult> RunAsync(
        this IUnitOfWorkFactory factory,
        Func<IUnitOfWork, Task<OperationResult>> operation,
        CancellationToken cancellationToken) =>
        factory.RunAsync(operation, failure => failure, cancellationToken);
}
