using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Validation.Rules;

namespace Worcs.LocalOffer.ContentModel.Rules;

/// <summary>
/// A news article with a picture is published only with alt text for it, so people using screen readers get what
/// the picture adds to the story. Drafts may be saved without it while the writer works.
/// </summary>
public sealed class NewsImageAltText : IContentRule
{
    public const string Message =
        "Enter alt text for the image: one short sentence saying what the picture shows for someone who cannot see it, or remove the image.";

    public string ContentType => SendAliases.NewsArticle;

    public IEnumerable<ValidationError> Check(ContentRuleItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Mode == ValidationMode.Publish
            && item.Has(SendAliases.ImageAltText)
            && !item.IsEmpty(SendAliases.Image)
            && string.IsNullOrWhiteSpace(item.Value(SendAliases.ImageAltText)))
        {
            yield return new ValidationError(item.PathOf(SendAliases.ImageAltText), Message);
        }
    }
}
