namespace Worcs.LocalOffer.DeliveryApi.Tests.Support;

/// <summary>Keys and facts of the uSync/v17 seed content the tests read.</summary>
internal static class Seed
{
    public const string Api = "/umbraco/delivery/api/v2";
    public const int DocumentCount = 13;
    public const int NewsIndexChildren = 11;
    public static readonly Guid Home = Guid.Parse("5115b66c-0438-51bb-9530-f9cf76f2ab2b");
    public static readonly Guid NewsIndex = Guid.Parse("a9feef4c-73db-5462-ad67-2f27b044e7a1");
    public static readonly Guid CapitalFundPlan = Guid.Parse("af879d3a-6cfb-5ac0-b038-f41b755107a1");
    public static readonly Guid GraduatedResponseConsultation = Guid.Parse("81df82a8-823d-5af9-b8b3-3dc4b46beeb5");
    public static readonly Guid SendiassSurvey = Guid.Parse("f453403b-f02d-53cf-862f-44a473a1055d");
    public static readonly Guid ImprovementPlanOneYearOn = Guid.Parse("c8a56a67-69dc-5459-afe2-5c916611493e");
    public static readonly Guid CabinetArticle = Guid.Parse("e93b44e6-c60b-5fb4-b573-8a50c98be5f8");
    public static readonly Guid DownloadsFolder = Guid.Parse("18c88806-80f4-5ed8-841f-1ed593d1025e");
    public static readonly Guid CapitalFundPlanPdf = Guid.Parse("dec7c8f2-ee03-53f9-89c9-60a715cf86c3");
    public static readonly Guid CapitalFundPlanWord = Guid.Parse("af70e3a1-6458-5ceb-9593-9f2294b83a24");
    public const string HomeSegment = "worcestershire-send-local-offer";
    public const string CapitalFundPlanPath = "/news-updates-and-feedback/special-provision-capital-fund/";

    /// <summary>The allocations of the capital fund plan: 1,085,665 + 252,480 + 504,960.</summary>
    public const decimal CapitalFundTotal = 1843105m;
}
