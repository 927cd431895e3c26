using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Redirects;

/// <summary>Published news pages made and renamed through the engine, as an editor would.</summary>
internal static class PageAsync
{
    public static Task<Guid> CreateAsync(DocumentService documents, string name, Guid parent) =>
        CreateAsync(documents, name, parent, "newsArticle", Seed.CabinetArticle);

    /// <summary>A published <paramref name="type"/> with the values of the seed page <paramref name="valuesFrom"/>.</summary>
    public static async Task<Guid> CreateAsync(DocumentService documents, string name, Guid? parent, string type, Guid valuesFrom)
    {
        var template = await documents.GetAsync(valuesFrom);
        var created = await documents.CreateAsync(new NodeCreateRequest(type, name, parent, template!.Draft.Values), publish: true);
        Assert.That(created.Succeeded, Is.True, created.ToString());
        return created.Value!.Key;
    }

    public static async Task RenameAsync(DocumentService documents, Guid key, string name)
    {
        var snapshot = await documents.GetAsync(key);
        var saved = await documents.SaveAsync(new NodeUpdateRequest(key, name, snapshot!.Draft.Values), publish: true);
        Assert.That(saved.Succeeded, Is.True, saved.ToString());
    }
}

/// <summary>The stored old routes of one page, read from the database.</summary>
internal static class RedirectRows
{
    public static async Task<IReadOnlyList<string>> ForAsync(SeedHost host, Guid contentKey)
    {
        await using var unitOfWork = await host.Get<IUnitOfWorkFactory>().BeginAsync(CancellationToken.None);
        return [.. (await unitOfWork.Redirects.GetForContentAsync(contentKey, CancellationToken.None)).Select(redirect => redirect.Url)];
    }
}
