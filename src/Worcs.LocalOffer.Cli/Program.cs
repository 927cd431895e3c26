using Worcs.LocalOffer.Cli;

return await CliApplication.RunAsync(args, CliContext.FromProcess());
