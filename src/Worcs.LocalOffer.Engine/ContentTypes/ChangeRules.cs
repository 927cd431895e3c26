using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>What may not change about an existing type.</summary>
internal static class ChangeRules
{
    public static IEnumerable<ValidationError> Check(ContentType existing, ContentType candidate, int? expectedRevision)
    {
        if (expectedRevision is { } expected && expected != existing.Revision)
        {
            yield return new("revision", $"'{existing.Alias}' was changed by someone else (revision {existing.Revision}, you loaded {expected}); reload it and try again.");
        }

        if (existing.Kind != candidate.Kind)
        {
            yield return new("kind", $"'{existing.Alias}' is a {existing.Kind} type and cannot become a {candidate.Kind} type.");
        }
    }
}
