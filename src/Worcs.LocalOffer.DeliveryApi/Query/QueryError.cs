namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>A request parameter that cannot be served, answered with a 400 problem naming <see cref="Parameter"/>.</summary>
public sealed record QueryError(string Parameter, string Title, string Detail);
