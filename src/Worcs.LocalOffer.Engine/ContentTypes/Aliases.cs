using System.Text.RegularExpressions;

namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>Umbraco-style aliases: a letter first, then letters, digits and underscores.</summary>
internal static partial class Aliases
{
    public static bool IsValid(string? alias) => alias is not null && Pattern().IsMatch(alias);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,254}$")]
    private static partial Regex Pattern();
}
