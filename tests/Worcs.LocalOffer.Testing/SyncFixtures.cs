namespace Worcs.LocalOffer.Testing;

/// <summary>
/// uSync folders of our own for tests, under <c>tests/Worcs.LocalOffer.Testing/Fixtures</c>. Copy a folder before
/// changing it.
/// </summary>
public static class SyncFixtures
{
    /// <summary>
    /// A culture-variant site (<c>usync-cultures/v17</c>): English (United Kingdom), the default, and Welsh, falling back
    /// to English; the document type <c>communityEvent</c> varies by culture, with a <c>title</c> per language and one
    /// <c>eventDate</c>. <see cref="FamilyFunDay"/> is published in both languages; <see cref="ParentCarerForum"/> has a
    /// Welsh name and no Welsh title and is published in English only.
    /// </summary>
    public static string CultureVariantRoot => Path.Combine(Repository, "tests", "Worcs.LocalOffer.Testing", "Fixtures", "usync-cultures", "v17");

    public static Guid FamilyFunDay { get; } = Guid.Parse("5b8e2c41-7f3a-4d09-9e6b-c12a84f0d357");

    public static Guid ParentCarerForum { get; } = Guid.Parse("e27d9f05-3c64-4a1b-8d52-76b0e9a3c218");

    public static Guid CommunityEventType { get; } = Guid.Parse("3f1c2b7e-9a41-4d6e-8c35-0b7a52e1d9c4");

    private static string Repository => RepositoryRoot.Find()
        ?? throw new InvalidOperationException("The repository root (the folder holding build/postgres.sh) was not found.");
}
