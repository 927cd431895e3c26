using System.Security.Cryptography;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>Strong entity tags from a hash of the response body, the same on every instance serving the same content.</summary>
internal static class EntityTags
{
    public static string Of(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body, hash);
        return Format(hash);
    }

    /// <summary>The same tag as <see cref="Of(ReadOnlySpan{byte})"/> gives for the parts written one after another.</summary>
    public static string Of(IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha256.AppendData(part.Span);
        }

        Span<byte> hash = stackalloc byte[32];
        sha256.GetHashAndReset(hash);
        return Format(hash);
    }

    private static string Format(ReadOnlySpan<byte> hash) =>
        "\"" + Convert.ToBase64String(hash[..15]).Replace('+', '-').Replace('/', '_') + "\"";

    /// <summary>True when an <c>If-None-Match</c> value lists <paramref name="etag"/> (or is <c>*</c>); weak tags compare weakly.</summary>
    public static bool Matches(string? ifNoneMatch, string etag)
    {
        if (string.IsNullOrEmpty(ifNoneMatch))
        {
            return false;
        }

        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            if (tag == "*" || tag == etag)
            {
                return true;
            }
        }

        return false;
    }
}
