using System.Globalization;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.MultipleTextstring (repeatable text strings): the strings one per line, joined with "\n" as Umbraco 17
/// writes them, with at least <c>min</c> and (when above 0) at most <c>max</c> non-blank strings.
/// </summary>
public sealed class MultipleTextstringPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.MultipleTextstring;

    public override bool IsEmpty(string? value) => Lines(value).All(string.IsNullOrWhiteSpace);

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        var count = Lines(value).Count(line => !string.IsNullOrWhiteSpace(line));
        var min = JsonValues.GetInt(context.Configuration, "min") ?? 0;
        var max = JsonValues.GetInt(context.Configuration, "max") ?? 0;
        var problem = count < min
            ? string.Create(CultureInfo.InvariantCulture, $"{Count(count)} given; at least {min} are required.")
            : max > 0 && count > max
                ? string.Create(CultureInfo.InvariantCulture, $"{Count(count)} given; at most {max} are allowed.")
                : null;
        return problem is null ? [] : [new ValidationError(context.Path, problem)];
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        // Tags and chosen items (JSON arrays of text) become one string each; plain text keeps its lines.
        var text = value!.Trim();
        if (text.StartsWith('[') && ValueListItems.TryReadArray(text, out var items, out _))
        {
            text = string.Join("\n", items.Where(item => !string.IsNullOrWhiteSpace(item)));
        }
        else if (source.Alias == PropertyEditorAliases.Tags)
        {
            text = string.Join("\n", text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        else if (!ValueConversion.IsScalar(source))
        {
            return ValueConversion.Refuse($"{source.Alias} stores structured JSON, which cannot become text strings.", out converted, out reason);
        }

        return ValueConversion.Accept(this, source, text, context, out converted, out reason);
    }

    /// <summary>The strings of a stored value, split on any line break as Umbraco splits them (blank lines included).</summary>
    public static IReadOnlyList<string> Lines(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(["\r\n", "\r", "\n"], StringSplitOptions.None);

    private static string Count(int count) => count == 1 ? "1 text string is" : string.Create(CultureInfo.InvariantCulture, $"{count} text strings are");
}
