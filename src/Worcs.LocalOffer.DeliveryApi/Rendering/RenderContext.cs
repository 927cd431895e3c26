using Worcs.LocalOffer.ContentModel.Derived;
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

    /// <summary>Notes whether a derived value read the clock and when it changes; gives the value.</summary>
    public T Track<T>(Derived<T> derived)
    {
        if (derived.ChangesAt is { } moment)
        {
            ChangesAt(moment);
        }
        else if (derived.ReadsClock)
        {
            UsesClock = true;
        }

        return derived.Value;
    }

    public void ChangesAt(DateTimeOffset moment)
    {
        UsesClock = true;
        if (ValidUntil is null || moment < ValidUntil)
        {
            ValidUntil = moment;
        }
    }
}
