namespace Worcs.LocalOffer.ContentModel;

/// <summary>The SEND Local Offer content model's document type and property aliases, as in <c>uSync/v17</c>.</summary>
public static class SendAliases
{
    public const string Consultation = "consultation";

    public const string CapitalFundPlan = "capitalFundPlan";

    public const string NewsArticle = "newsArticle";

    /// <summary>A news article's picture: a media picker of one Image, with <c>card</c> and <c>hero</c> crops.</summary>
    public const string Image = "image";

    public const string ImageAltText = "imageAltText";

    public const string OpeningDate = "openingDate";

    public const string ClosingDate = "closingDate";

    public const string Outcome = "outcome";

    /// <summary>A consultation's derived <c>upcoming</c>, <c>open</c> or <c>closed</c>.</summary>
    public const string Status = "status";

    public const string Allocations = "allocations";

    public const string Amount = "amount";

    /// <summary>A capital fund plan's derived sum of its allocations' amounts.</summary>
    public const string Total = "total";
}
