using Worcs.LocalOffer.DeliveryApi.Cache;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>What one rendering needs: the snapshot, the output options and the current time for derived values.</summary>
internal sealed class RenderContext(ContentSnapshot snapshot, RenderOptions options, DateTimeOffset now)
{
    public ContentSnapshot Snapshot { get; } = snapshot;

    public RenderOptions Options { get; } = options;

    public DateTimeOffset Now { get; } = now;

    /// <summary>The earliest time a value derived from the clock changes, or null when nothing rendered depends on it.</summary>
    public DateTimeOffset? ValidUntil { get; private set; }

    /// <summary>True when something rendered was derived from <see cref="Now"/>.</summary>
    public bool UsesClock { get; private set; }

    public void ReadsClock() => UsesClock = true;

    public void ChangesAt(DateTimeOffset moment)
    {
        UsesClock = true;
        if (ValidUntil is null || moment < ValidUntil)
        {
            ValidUntil = moment;
        }
    }
}
