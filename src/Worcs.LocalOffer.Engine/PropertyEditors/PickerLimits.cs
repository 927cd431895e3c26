using System.Globalization;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>How many items a picker or block editor may hold. The minimum waits for publish: a draft may be unfinished.</summary>
internal static class PickerLimits
{
    /// <summary>Checks <paramref name="count"/> against the limits; <paramref name="noun"/> names one item, such as "link".</summary>
    public static IEnumerable<ValidationError> Check(int count, int? min, int? max, string noun, PropertyEditorContext context)
    {
        if (max is > 0 and var most && count > most)
        {
            yield return new ValidationError(
                context.Path,
                $"There are {Count(count, noun)}; at most {most.ToString(CultureInfo.InvariantCulture)} {(most == 1 ? "is" : "are")} allowed.");
        }

        if (context.Mode == ValidationMode.Publish && min is > 0 and var least && count < least)
        {
            yield return new ValidationError(
                context.Path,
                $"There {(count == 1 ? "is" : "are")} {Count(count, noun)}; at least {least.ToString(CultureInfo.InvariantCulture)} {(least == 1 ? "is" : "are")} needed to publish.");
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
