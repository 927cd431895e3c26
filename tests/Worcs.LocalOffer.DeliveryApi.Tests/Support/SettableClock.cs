namespace Worcs.LocalOffer.DeliveryApi.Tests.Support;

/// <summary>The system clock until a test sets the time; timers and delays stay real so start-up is unaffected.</summary>
internal sealed class SettableClock : TimeProvider
{
    private DateTimeOffset? _now;

    public void Set(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now ?? base.GetUtcNow();
}
