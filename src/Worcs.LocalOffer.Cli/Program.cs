using Worcs.LocalOffer.Cli;

return await CliApplication.RunAsync(args, CliContext.FromProcess());

// Declared so the ASP.NET Core generator, which the Media reference brings in, does not make it public: the host has the public Program.
internal partial class Program;
