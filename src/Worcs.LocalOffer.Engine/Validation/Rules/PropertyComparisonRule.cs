namespace Worcs.LocalOffer.Engine.Validation.Rules;

/// <summary>
/// On items of <see cref="ContentType"/> (a document, media or element type alias), when both properties have a
/// value, <see cref="Property"/> must compare to <see cref="OtherProperty"/> as <see cref="Operator"/> says:
/// <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c> or <c>!=</c>. Numbers and dates compare by value.
/// </summary>
public sealed class PropertyComparisonRule
{
    public string ContentType { get; set; } = "";

    public string Property { get; set; } = "";

    public string Operator { get; set; } = "";

    public string OtherProperty { get; set; } = "";

    /// <summary>Shown to the editor; a sentence naming both properties is used when absent.</summary>
    public string? Message { get; set; }
}
