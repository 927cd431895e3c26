using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Documents;

internal static class ScheduleRules
{
    public static List<ValidationError> Check(DateTime nowUtc, DateTime? publishAtUtc, DateTime? unpublishAtUtc, bool trashed)
    {
        var errors = new List<ValidationError>();
        if (trashed)
        {
            errors.Add(new ValidationError("key", "Items in the recycle bin cannot be scheduled."));
        }

        foreach (var (name, value) in new[] { ("publishAt", publishAtUtc), ("unpublishAt", unpublishAtUtc) })
        {
            if (value is { Kind: not DateTimeKind.Utc })
            {
                errors.Add(new ValidationError(name, "Give the time in UTC."));
            }
            else if (value <= nowUtc)
            {
                errors.Add(new ValidationError(name, $"{value:u} is in the past."));
            }
        }

        if (publishAtUtc is not null && unpublishAtUtc is not null && unpublishAtUtc <= publishAtUtc)
        {
            errors.Add(new ValidationError("unpublishAt", "The unpublish time must come after the publish time."));
        }

        return errors;
    }
}
