using System.Globalization;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>The integer ids Umbraco stores for users, members and member groups.</summary>
internal static class PeopleIds
{
    public static bool IsId(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
}
