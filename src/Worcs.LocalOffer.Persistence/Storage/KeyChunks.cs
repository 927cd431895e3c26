namespace Worcs.LocalOffer.Persistence.Storage;

/// <summary>Splits long key lists so that no query carries more parameters than a provider accepts.</summary>
internal static class KeyChunks
{
    public const int Size = 500;

    public static IEnumerable<Guid[]> Of(IReadOnlyCollection<Guid> keys) => keys.Distinct().Chunk(Size);
}
