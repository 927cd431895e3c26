namespace Worcs.LocalOffer.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found errors (e.g. an invalid uSync folder).</summary>
    public const int Failed = 1;

    /// <summary>The command could not run as asked: unknown verb or option, missing folder, unavailable command.</summary>
    public const int Usage = 2;
}
