namespace Worcs.LocalOffer.DeliveryApi.Query;

public enum FetchKind
{
    All,
    Ancestors,
    Children,
    Descendants,
}
