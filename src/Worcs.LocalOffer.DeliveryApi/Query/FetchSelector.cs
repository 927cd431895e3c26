namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>A <c>fetch</c> value: which nodes to start from, relative to an id or path.</summary>
public sealed record FetchSelector(FetchKind Kind, string Target)
{
    public static FetchSelector All { get; } = new(FetchKind.All, "");
}
