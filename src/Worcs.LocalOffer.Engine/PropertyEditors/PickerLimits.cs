using System.Globalization;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>How many items a picker or block editor may hold. The minimum waits for publish: a draft may be unfinished.</summary>
internal static class PickerLimits
{
    public static IEnumerable<ValidationError> Check(int count, int? min, int? max, string noun, PropertyEditorContext context)
    {
        if (max is > 0 and var most && count > most)
        {
            yield return new ValidationError(
                context.Path,
                string.Create(CultureInfo.InvariantCulture, $"There are {count} {noun}; at most {most} {(most == 1 ? "is" : "are")} allowed."));
        }

        if (context.Mode == ValidationMode.Publish && min is > 0 and var least && count < least)
        {
            yield return new ValidationError(
                context.Path,
                string.Create(CultureInfo.InvariantCulture, $"There {(count == 1 ? "is" : "are")} {count} {noun}; at least {least} {(least == 1 ? "is" : "are")} needed to publish."));
        }
    }
}
