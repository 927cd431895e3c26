using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Validation.Rules;

/// <summary>
/// A rule of a site's content model about one type's values that configuration cannot express, such as "a picked
/// image needs alt text". Register implementations as <see cref="IContentRule"/> services: the engine runs those for
/// the item's type wherever it validates values (saving and publishing, in blocks too, and offline validation of a
/// uSync folder), after each property's own checks.
/// </summary>
public interface IContentRule
{
    /// <summary>The alias of the document, media or element type the rule is about (matched ignoring case).</summary>
    string ContentType { get; }

    /// <summary>What is wrong with <paramref name="item"/>, each error on <see cref="ContentRuleItem.PathOf"/>; nothing when the rule holds.</summary>
    IEnumerable<ValidationError> Check(ContentRuleItem item);
}
