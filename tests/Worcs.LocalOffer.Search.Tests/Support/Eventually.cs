namespace Worcs.LocalOffer.Search.Tests.Support;

/// <summary>Polls until a condition holds. The limit only stops a broken test from hanging; it is not a timing assertion.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Gave up waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }
}
