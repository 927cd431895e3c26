using Worcs.LocalOffer.DeliveryApi.Cache;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// A field to filter or sort on: a built-in one (<c>name</c>, <c>createDate</c>…) or a property alias. <see cref="ValuesOf"/>
/// gives a node's comparable values (strings, decimals, dates or booleans); none when the node lacks the field.
/// </summary>
/// <param name="Name">The field's name as Umbraco (or the type) spells it.</param>
/// <param name="Kind">How its values compare.</param>
/// <param name="ValuesOf">A node's values at a moment.</param>
/// <param name="SortOnly">True for fields Umbraco sorts on but cannot filter on (<c>path</c>).</param>
public sealed record QueryField(string Name, FieldKind Kind, Func<CachedNode, DateTimeOffset, IReadOnlyList<object>> ValuesOf, bool SortOnly = false)
{
    /// <summary><c>name</c> matches by "contains", as in Umbraco; other text fields match whole values.</summary>
    public bool MatchesByContains => Name == "name";
}
