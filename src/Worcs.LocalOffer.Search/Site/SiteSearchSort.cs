namespace Worcs.LocalOffer.Search.Site;

public enum SiteSearchSort
{
    Relevance,
    NameAscending,
    NameDescending,
    UpdateDateDescending,
    UpdateDateAscending,
    PublishDateDescending,
    PublishDateAscending,
}
