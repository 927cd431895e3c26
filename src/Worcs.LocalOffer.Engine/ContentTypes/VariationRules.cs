using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>
/// What a type and its properties may vary by here: by culture, not by segment; a property only where its type
/// does; element types not at all (block values here are invariant, with <c>culture: null</c> in <c>expose</c>).
/// </summary>
internal static class VariationRules
{
    public static IEnumerable<ValidationError> Check(ContentType type)
    {
        if (type.Variations.VariesBySegment())
        {
            yield return new("variations", $"'{type.Alias}' varies by segment ({type.Variations}); segments are not supported, only cultures.");
        }

        if (type.IsElement && type.Variations != ContentVariation.Nothing)
        {
            yield return new("variations", $"'{type.Alias}' is an element type and cannot vary ({type.Variations}): blocks here hold invariant values.");
        }

        if (type.Kind != ContentTypeKind.Document && type.Variations != ContentVariation.Nothing)
        {
            yield return new("variations", $"'{type.Alias}' is a {type.Kind.ToString().ToLowerInvariant()} type and cannot vary ({type.Variations}); only document types vary by culture.");
        }

        foreach (var property in type.Properties.Where(property => property.Variations != ContentVariation.Nothing))
        {
            var path = $"properties.{property.Alias}";
            if (property.Variations.VariesBySegment())
            {
                yield return new(path, $"'{property.Alias}' varies by segment ({property.Variations}); segments are not supported, only cultures.");
            }
            else if (!type.VariesByCulture() && !type.IsElement && type.Kind == ContentTypeKind.Document)
            {
                yield return new(path, $"'{property.Alias}' varies by culture but '{type.Alias}' does not: make the type vary by culture first.");
            }
        }
    }

    /// <summary>
    /// Each change of variation, as the error given when nodes already use the type: their stored values would have to
    /// move between cultures, which is not done here.
    /// </summary>
    public static IEnumerable<ValidationError> Changes(ContentType existing, ContentType candidate)
    {
        if (existing.Variations != candidate.Variations)
        {
            yield return new("variations", $"'{existing.Alias}' is used by content, so it cannot change from {existing.Variations} to {candidate.Variations}: move or delete that content first.");
        }

        var before = existing.Properties.ToDictionary(property => property.Key);
        foreach (var property in candidate.Properties.Where(property => before.TryGetValue(property.Key, out var old) && old.Variations != property.Variations))
        {
            yield return new($"properties.{property.Alias}", $"'{property.Alias}' has stored values, so it cannot change from {before[property.Key].Variations} to {property.Variations}.");
        }
    }
}
