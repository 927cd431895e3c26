using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Languages;

/// <summary>
/// Creates, changes and deletes languages, found by ISO code as Umbraco and uSync find them. Making a language the
/// default takes the flag from the old default in the same transaction. Deleting a language leaves the values written
/// in it stored but no longer delivered; adding the language again brings them back.
/// </summary>
public sealed class LanguageService
{
    private readonly IUnitOfWorkFactory _unitsOfWork;
    private readonly TimeProvider _clock;

    internal LanguageService(IUnitOfWorkFactory unitsOfWork, TimeProvider clock)
    {
        _unitsOfWork = unitsOfWork;
        _clock = clock;
    }

    /// <summary>Every language, the default first.</summary>
    public async Task<IReadOnlyList<Language>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var unitOfWork = await _unitsOfWork.BeginAsync(cancellationToken);
        return await unitOfWork.Languages.GetAllAsync(cancellationToken);
    }

    /// <summary>Creates the language, or changes the one with the same ISO code.</summary>
    public Task<OperationResult<Language>> SaveAsync(Language definition, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork =>
            {
                var all = await unitOfWork.Languages.GetAllAsync(cancellationToken);
                var isoCode = LanguageRules.Normalise(definition.IsoCode) ?? definition.IsoCode;
                var existing = all.FirstOrDefault(language => string.Equals(language.IsoCode, isoCode, StringComparison.OrdinalIgnoreCase));
                var others = all.Where(language => language != existing).ToList();
                var candidate = Candidate(definition, isoCode, existing);
                var errors = LanguageRules.Validate(candidate, others);
                if (existing is not null && expectedRevision is { } expected && expected != existing.Revision)
                {
                    return OperationResult<Language>.Fail(OperationStatus.Conflict, new ValidationError("revision", $"'{existing.IsoCode}' was changed by someone else (revision {existing.Revision}, you loaded {expected}); reload it and try again."));
                }

                if (existing is { IsDefault: true } && !candidate.IsDefault)
                {
                    errors.Add(new ValidationError("isDefault", $"'{existing.IsoCode}' is the default language; make another language the default instead."));
                }

                if (errors.Count > 0)
                {
                    return OperationResult<Language>.Fail(OperationStatus.Invalid, errors);
                }

                var changed = new List<Language>();
                if (candidate.IsDefault)
                {
                    foreach (var oldDefault in others.Where(other => other.IsDefault))
                    {
                        oldDefault.IsDefault = false;
                        oldDefault.Revision++;
                        changed.Add(oldDefault);
                    }
                }

                var target = existing ?? new Language { Key = definition.Key == Guid.Empty ? Guid.NewGuid() : definition.Key, IsoCode = isoCode, CreateDate = _clock.GetUtcNow().UtcDateTime };
                Apply(candidate, target);
                target.UpdateDate = _clock.GetUtcNow().UtcDateTime;
                if (existing is null)
                {
                    unitOfWork.Languages.Add(target);
                }
                else
                {
                    target.Revision++;
                }

                changed.Insert(0, target);
                unitOfWork.Raise(new LanguageChangedNotification([.. changed.Select(language => language.Key)], [.. changed.Select(language => language.IsoCode)]));
                return OperationResult<Language>.Success(target);
            },
            cancellationToken);

    /// <summary>Deletes a language that is not the default and that no other language falls back to.</summary>
    public Task<OperationResult> DeleteAsync(string isoCode, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork =>
            {
                var all = await unitOfWork.Languages.GetAllAsync(cancellationToken);
                if (all.FirstOrDefault(language => string.Equals(language.IsoCode, isoCode, StringComparison.OrdinalIgnoreCase)) is not { } language)
                {
                    return OperationResult.Fail(OperationStatus.NotFound, new ValidationError("isoCode", $"There is no language '{isoCode}'."));
                }

                if (language.IsDefault)
                {
                    return OperationResult.Fail(OperationStatus.NotAllowed, new ValidationError("isoCode", $"'{language.IsoCode}' is the default language and cannot be deleted."));
                }

                var dependants = all.Where(other => string.Equals(other.FallbackIsoCode, language.IsoCode, StringComparison.OrdinalIgnoreCase)).Select(other => other.IsoCode).ToList();
                if (dependants.Count > 0)
                {
                    return OperationResult.Fail(OperationStatus.NotAllowed, new ValidationError("isoCode", $"'{language.IsoCode}' is the fallback of {string.Join(", ", dependants)}."));
                }

                unitOfWork.Languages.Remove(language);
                unitOfWork.Raise(new LanguageChangedNotification([language.Key], [language.IsoCode]));
                return OperationResult.Success();
            },
            cancellationToken);

    private static Language Candidate(Language definition, string isoCode, Language? existing) => new()
    {
        Key = existing?.Key ?? definition.Key,
        IsoCode = isoCode,
        Name = definition.Name.Trim(),
        IsDefault = definition.IsDefault,
        IsMandatory = definition.IsMandatory,
        FallbackIsoCode = string.IsNullOrWhiteSpace(definition.FallbackIsoCode) ? null : LanguageRules.Normalise(definition.FallbackIsoCode) ?? definition.FallbackIsoCode,
    };

    private static void Apply(Language candidate, Language target)
    {
        target.Name = candidate.Name;
        target.IsDefault = candidate.IsDefault;
        target.IsMandatory = candidate.IsMandatory;
        target.FallbackIsoCode = candidate.FallbackIsoCode;
    }
}
