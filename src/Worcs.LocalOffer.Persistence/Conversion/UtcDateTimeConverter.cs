using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Worcs.LocalOffer.Persistence.Conversion;

/// <summary>
/// Stores every <see cref="DateTime"/> as UTC truncated to whole microseconds (PostgreSQL's precision, applied to
/// SQLite too so both providers round-trip the same value) and reads it back with <see cref="DateTimeKind.Utc"/>.
/// SQLite returns <see cref="DateTimeKind.Unspecified"/>, and Npgsql refuses anything but UTC for timestamptz.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToStore(value),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
{
    public static DateTime ToStore(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);
    }
}
