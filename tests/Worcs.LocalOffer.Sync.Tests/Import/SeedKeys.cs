namespace Worcs.LocalOffer.Sync.Tests.Import;

/// <summary>Items of the repository's seed content that the import tests change.</summary>
internal static class SeedKeys
{
    /// <summary>"News, updates and feedback", the parent of the news articles.</summary>
    public static readonly Guid NewsIndex = Guid.Parse("a9feef4c-73db-5462-ad67-2f27b044e7a1");

    /// <summary>"NHS Long Term Plan", a published news article under <see cref="NewsIndex"/>.</summary>
    public static readonly Guid NhsLongTermPlan = Guid.Parse("77b3f06d-9997-5eee-ab43-2b4da5822b93");

    public const string NhsLongTermPlanFile = "Content/nhs-long-term-plan.config";

    public const string NewsIndexFile = "Content/news-updates-and-feedback.config";
}
