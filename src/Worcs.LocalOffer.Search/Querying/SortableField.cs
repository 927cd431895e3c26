namespace Worcs.LocalOffer.Search.Querying;

/// <summary>A field to order results by: a <c>FullTextSortable</c> field for <see cref="SortType.String"/>, or a numeric or date field.</summary>
public sealed record SortableField(string Name, SortType Type = SortType.String);
