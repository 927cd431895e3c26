namespace Worcs.LocalOffer.Backoffice.Security;

/// <summary>Authorization policy names for management endpoints.</summary>
public static class ManagementPolicies
{
    /// <summary>Index status, rebuilds and other operations on the running site: the <c>admin</c> role.</summary>
    public const string Admin = "LocalOffer.Management.Admin";
}
