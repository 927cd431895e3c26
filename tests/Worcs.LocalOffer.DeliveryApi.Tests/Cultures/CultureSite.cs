using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Cultures;

/// <summary>
/// A second root written in two languages, en-GB (the default) and pl-PL, made through the engine as an editor would:
/// <code>
/// Culture site (invariant)
///   About us | O nas           both published; title varies, event date and picked page do not
///     Contact | Kontakt        both published
///     Opening times            invariant
///   Zebra news | Aktualności   published in en-GB only
///     Archive | Archiwum       both published, but its parent is not published in pl-PL
///   Yellow pages | Adresy      both published; picks Contact
/// </code>
/// </summary>
internal sealed class CultureSite
{
    public const string English = "en-GB";
    public const string Polish = "pl-PL";

    public Guid Site { get; private set; }

    public Guid About { get; private set; }

    public Guid Contact { get; private set; }

    public Guid OpeningTimes { get; private set; }

    public Guid Zebra { get; private set; }

    public Guid Archive { get; private set; }

    public Guid Yellow { get; private set; }

    public static async Task<CultureSite> CreateAsync(SeedHost host)
    {
        var languages = host.Get<LanguageService>();
        Succeeded(await languages.SaveAsync(new Language { IsoCode = English, Name = "English (United Kingdom)", IsDefault = true }));
        Succeeded(await languages.SaveAsync(new Language { IsoCode = Polish, Name = "Polish" }));

        var text = TestDataTypes.Make("Culture text", PropertyEditorAliases.TextBox, "{}");
        var date = TestDataTypes.Make("Culture date", PropertyEditorAliases.DateOnly, "{}");
        var picker = TestDataTypes.Make("Culture picker", PropertyEditorAliases.ContentPicker, "{}");
        foreach (var dataType in new[] { text, date, picker })
        {
            Succeeded(await host.Get<DataTypeService>().SaveAsync(dataType));
        }

        var types = host.Get<ContentTypeService>();
        var plain = new ContentTypeBuilder("culturePlainPage").AllowedAtRoot().Build();
        var page = new ContentTypeBuilder("cultureVariantPage")
            .VaryingByCulture()
            .WithCultureProperty("title", text.Key)
            .WithProperty("eventDate", date.Key)
            .WithProperty("related", picker.Key)
            .Build();
        page.AllowedChildTypeKeys.AddRange([page.Key, plain.Key]);
        Succeeded(await types.SaveAsync(plain));
        Succeeded(await types.SaveAsync(page));
        plain = (await types.GetAllAsync()).Single(type => type.Key == plain.Key);
        plain.AllowedChildTypeKeys.Add(page.Key);
        Succeeded(await types.SaveAsync(plain, plain.Revision));

        var documents = host.Get<DocumentService>();
        var site = new CultureSite();
        site.Site = await CreateAsync(documents, new NodeCreateRequest("culturePlainPage", "Culture site", null), publish: true);
        site.About = await CreatePageAsync(documents, site.Site, ("About us", "Welcome"), ("O nas", "Witamy"));
        site.Contact = await CreatePageAsync(documents, site.About, ("Contact", "Write to us"), ("Kontakt", "Napisz do nas"));
        site.OpeningTimes = await CreateAsync(documents, new NodeCreateRequest("culturePlainPage", "Opening times", site.About), publish: true);
        site.Zebra = await CreatePageAsync(documents, site.Site, ("Zebra news", "News"), ("Aktualności", "Wiadomości"), publishPolish: false);
        site.Archive = await CreatePageAsync(documents, site.Zebra, ("Archive", "Old news"), ("Archiwum", "Stare wiadomości"));
        site.Yellow = await CreatePageAsync(documents, site.Site, ("Yellow pages", "Addresses"), ("Adresy", "Adresy"), related: site.Contact);
        return site;
    }

    private static async Task<Guid> CreatePageAsync(
        DocumentService documents,
        Guid parent,
        (string Name, string Title) english,
        (string Name, string Title) polish,
        bool publishPolish = true,
        Guid? related = null)
    {
        var cultures = new Dictionary<string, CultureVariantRequest>
        {
            [English] = new(english.Name, new Dictionary<string, string?> { ["title"] = english.Title }),
            [Polish] = new(polish.Name, new Dictionary<string, string?> { ["title"] = polish.Title }),
        };
        var values = new Dictionary<string, string?>
        {
            ["eventDate"] = """{"date":"2024-05-01T00:00:00+00:00","timeZone":null}""",
            ["related"] = related is { } picked ? $"umb://document/{picked:N}" : null,
        };
        var key = await CreateAsync(documents, new NodeCreateRequest("cultureVariantPage", english.Name, parent, values, Cultures: cultures), publish: false);
        Succeeded(publishPolish ? await documents.PublishAsync(key) : await documents.PublishCulturesAsync(key, [English]));
        return key;
    }

    private static async Task<Guid> CreateAsync(DocumentService documents, NodeCreateRequest request, bool publish)
    {
        var created = await documents.CreateAsync(request, publish);
        Succeeded(created);
        return created.Value!.Key;
    }

    private static void Succeeded(OperationResult result) => Assert.That(result.Succeeded, Is.True, result.ToString());
}
