namespace Worcs.LocalOffer.Engine.Results;

/// <summary>One problem with input. <paramref name="Path"/> names the place, such as <c>properties.closingDate</c>.</summary>
public sealed record ValidationError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
