namespace Worcs.LocalOffer.ContentModel.Derived;

/// <summary>
/// A value worked out from stored ones at <c>now</c>. <see cref="ReadsClock"/> says whether the time mattered and
/// <see cref="ChangesAt"/> when the value will next change by the clock alone (null: not by the clock).
/// </summary>
public readonly record struct Derived<T>(T Value, bool ReadsClock, DateTimeOffset? ChangesAt)
{
    public static Derived<T> Fixed(T value) => new(value, false, null);
}
