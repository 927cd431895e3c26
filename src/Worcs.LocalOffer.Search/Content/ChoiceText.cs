using Worcs.LocalOffer.ContentModel.StoredValues;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Search.Content;

/// <summary>The searchable text of the list editors and of Markdown.</summary>
internal static class ChoiceText
{
    /// <summary>The chosen items of a dropdown or checkbox list, stored as a JSON array such as <c>["Tea","Coffee"]</c>.</summary>
    public static IEnumerable<string> Chosen(string value) => NonBlank(StoredLists.Chosen(value));

    /// <summary>Tags, stored as a JSON array or comma-separated text.</summary>
    public static IEnumerable<string> Tags(string value) => NonBlank(StoredLists.Tags(value));

    /// <summary>The non-blank strings of a repeatable text string value, one per line.</summary>
    public static IEnumerable<string> Lines(string value) =>
        MultipleTextstringPropertyEditor.Lines(value).Select(line => line.Trim()).Where(line => line.Length > 0);

    /// <summary>Markdown rendered to HTML with Markdig, then reduced to its plain text, so markup never reaches the index.</summary>
    public static string Markdown(string value) => HtmlText.ToPlain(Markdig.Markdown.ToHtml(value));

    private static IEnumerable<string> NonBlank(IEnumerable<string> items) => items.Select(item => item.Trim()).Where(item => item.Length > 0);
}
