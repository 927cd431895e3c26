namespace Worcs.LocalOffer.Persistence.Providers;

internal sealed class AsyncDisposable(Func<ValueTask> dispose) : IAsyncDisposable
{
    public static readonly IAsyncDisposable None = new AsyncDisposable(() => ValueTask.CompletedTask);

    public ValueTask DisposeAsync() => dispose();
}
