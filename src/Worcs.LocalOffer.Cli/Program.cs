using Worcs.LocalOffer.Cli;

return await CliApplication.RunAsync(args, CliContext.FromProcess());

/// <summary>Kept internal: the web framework's generator would otherwise make it public, clashing with the host's in tests that load both.</summary>
internal sealed partial class Program;
