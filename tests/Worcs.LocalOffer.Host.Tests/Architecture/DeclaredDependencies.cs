namespace Worcs.LocalOffer.Host.Tests.Architecture;

/// <summary>
/// Every project in the repository and the Worcs projects it may reference. A project that is not declared here fails
/// <see cref="DependencyDirectionTests"/>; a new project is one row, and the projects allowed to use it name it in
/// their rows.
/// </summary>
internal static class DeclaredDependencies
{
    public const string Prefix = "Worcs.LocalOffer.";
    public const string Engine = Prefix + "Engine";
    public const string ContentModel = Prefix + "ContentModel";
    public const string Media = Prefix + "Media";
    public const string Persistence = Prefix + "Persistence";
    public const string Sync = Prefix + "Sync";
    public const string DeliveryApi = Prefix + "DeliveryApi";
    public const string Search = Prefix + "Search";
    public const string Backoffice = Prefix + "Backoffice";
    public const string Host = Prefix + "Host";
    public const string Cli = Prefix + "Cli";
    public const string Testing = Prefix + "Testing";
    public const string TestingHost = Prefix + "Testing.Host";
    public const string CrashWorker = Prefix + "CrashWorker";

    /// <summary>
    /// Inward only: Engine knows nothing of ours; the content model knows the engine; storage, sync, delivery and search
    /// know the engine (delivery and search the content model too) and not each other (the host adapts search to the
    /// Delivery API); the backoffice holds the management endpoints of the modules; only
    /// tests and benchmarks reference the apps.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Allowed { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // src
        [Engine] = [],
        [ContentModel] = [Engine],
        [Persistence] = [Engine],
        [Sync] = [Engine],
        [DeliveryApi] = [Engine, ContentModel],
        [Search] = [Engine, ContentModel],
        [Backoffice] = [Engine, Search],
        [Media] = [Engine],
        [Host] = [Engine, ContentModel, Persistence, Sync, DeliveryApi, Search, Backoffice, Media],
        [Cli] = [Engine, ContentModel, Persistence, Sync, Media],

        // tests
        [Testing] = [Engine, Persistence],
        [TestingHost] = [Host],
        [CrashWorker] = [Engine, Persistence],
        [Prefix + "Engine.Tests"] = [Engine, Testing, CrashWorker],
        [Prefix + "ContentModel.Tests"] = [ContentModel, Engine, Testing],
        [Prefix + "Persistence.Tests"] = [Persistence, Testing],
        [Prefix + "Sync.Tests"] = [Sync, Persistence, Testing],
        [Prefix + "DeliveryApi.Tests"] = [DeliveryApi, Host, Testing, TestingHost],
        [Prefix + "Search.Tests"] = [Search, Sync, Persistence, Testing, TestingHost],
        [Prefix + "Backoffice.Tests"] = [Backoffice, Host, TestingHost],
        [Prefix + "Host.Tests"] = [Host, Cli, Testing, TestingHost],
        [Prefix + "Cli.Tests"] = [Cli],
        [Prefix + "Media.Tests"] = [Media, Host, Sync, TestingHost],

        // build
        [Prefix + "Benchmarks"] = [Engine, Persistence, Sync, TestingHost],
        [Prefix + "Search.Benchmarks"] = [Search, Engine, Persistence, Sync],
        ["SeedFiles"] = [],
    };
}
