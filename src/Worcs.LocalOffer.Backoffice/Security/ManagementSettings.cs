namespace Worcs.LocalOffer.Backoffice.Security;

/// <summary>
/// Settings under <c>LocalOffer:Management</c>. With no keys configured (the default) every management endpoint
/// answers 401: there is no default credential.
/// </summary>
public sealed class ManagementSettings
{
    public const string SectionKey = "LocalOffer:Management";

    public const int MinimumKeyLength = 32;

    public List<ManagementApiKey> ApiKeys { get; set; } = [];
}
