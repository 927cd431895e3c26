namespace Worcs.LocalOffer.Backoffice.Security;

/// <summary>One caller of the management API: a name for logs, its secret key, and its roles.</summary>
public sealed class ManagementApiKey
{
    public string Name { get; set; } = "";

    /// <summary>At least 32 characters. Supply it from the environment or a secret store, never from a committed file.</summary>
    public string Key { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
