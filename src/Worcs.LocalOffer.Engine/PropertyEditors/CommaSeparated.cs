namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Values Umbraco stores as comma-separated text: tree picker and legacy media UDIs, member group ids.</summary>
internal static class CommaSeparated
{
    /// <summary>The non-blank parts, trimmed; none for a blank value.</summary>
    public static string[] Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
