using Worcs.LocalOffer.DeliveryApi.Cache;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// A field to filter or sort on: a built-in one (<c>name</c>, <c>createDate</c>…) or a property alias. <see cref="ValuesOf"/>
/// gives a node's comparable values (strings, decimals, dates or booleans); none when the node lacks the field.
/// </summary>
public sealed record QueryField(string Name, FieldKind Kind, Func<CachedNode, DateTimeOffset, IReadOnlyList<object>> ValuesOf)
{
    /// <summary><c>name</c> matches by "contains", as in Umbraco; other text fields match whole values.</summary>
    public bool MatchesByContains => Name == "name";
}
