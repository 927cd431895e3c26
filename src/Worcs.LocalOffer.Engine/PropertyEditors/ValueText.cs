namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Formats user values for validation messages.</summary>
internal static class ValueText
{
    private const int MaxQuotedLength = 60;

    /// <summary>The value in quotes, shortened when long so a message stays readable.</summary>
    public static string Quote(string value) =>
        value.Length <= MaxQuotedLength ? $"'{value}'" : $"'{value[..MaxQuotedLength]}…'";
}
