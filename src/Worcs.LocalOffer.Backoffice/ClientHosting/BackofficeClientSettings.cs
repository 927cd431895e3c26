namespace Worcs.LocalOffer.Backoffice.ClientHosting;

/// <summary>Settings under <c>LocalOffer:Backoffice</c> for serving the backoffice client.</summary>
public sealed class BackofficeClientSettings
{
    public const string SectionKey = "LocalOffer:Backoffice";

    /// <summary>
    /// The folder holding the built client (<c>backoffice-client.json</c> and its files). Empty: the folder this
    /// project's build wrote, <c>src/Worcs.LocalOffer.Backoffice/Client/build</c>.
    /// </summary>
    public string? ClientFolder { get; set; }

    /// <summary>
    /// Backoffice packages: each sub-folder with an <c>umbraco-package.json</c>, served under <c>/App_Plugins/</c>.
    /// Relative to the content root; a missing folder means no packages.
    /// </summary>
    public string PackagesFolder { get; set; } = "App_Plugins";
}
