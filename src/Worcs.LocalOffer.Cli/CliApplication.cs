using System.CommandLine;
using System.CommandLine.Help;

namespace Worcs.LocalOffer.Cli;

/// <summary>The tool's entry point: parses <c>usync &lt;verb&gt; [options]</c> and runs the verb.</summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);

        var root = new RootCommand("Worcs.LocalOffer command-line tools.") { new UsyncCommand(context) };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var message in ParseErrors.Describe(parsed))
            {
                context.Error.WriteLine($"error: {message}");
            }

            context.Error.WriteLine("Run 'usync --help' for the verbs and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            var invocation = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (UsageException exception)
        {
            context.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Usage;
        }
    }
}
