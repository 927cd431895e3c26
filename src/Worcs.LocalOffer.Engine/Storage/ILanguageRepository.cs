using Worcs.LocalOffer.Engine.Languages;

namespace Worcs.LocalOffer.Engine.Storage;

public interface ILanguageRepository
{
    /// <summary>Every language, the default first, then by ISO code.</summary>
    Task<IReadOnlyList<Language>> GetAllAsync(CancellationToken cancellationToken);

    void Add(Language language);

    void Remove(Language language);
}
