namespace Worcs.LocalOffer.Backoffice.Security;

/// <summary>What a management caller may do: writers draft, editors also publish, admins also run the site's machinery.</summary>
public static class ManagementRoles
{
    public const string Writer = "writer";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Writer, Editor, Admin];
}
