namespace Worcs.LocalOffer.Cli;

/// <summary>The command line asked for something that cannot be done; ends the tool with <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
