using System.CommandLine;

namespace Worcs.LocalOffer.Cli;

/// <summary>Turns a failed parse into messages that name what was wrong.</summary>
internal static class ParseErrors
{
    public static IEnumerable<string> Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        if (command is RootCommand or UsyncCommand)
        {
            // With no verb the parser's first error is "Required command was not provided", which hides the typo.
            yield return Unknown(parsed, command);
            yield break;
        }

        foreach (var error in parsed.Errors)
        {
            yield return error.Message;
        }
    }

    private static string Unknown(ParseResult parsed, Command command)
    {
        var token = parsed.UnmatchedTokens.Count > 0 ? parsed.UnmatchedTokens[0] : null;
        if (command is RootCommand)
        {
            return token is null ? "no command given; use 'usync <verb>'." : $"unknown command '{token}'; use 'usync <verb>'.";
        }

        var verbs = string.Join(", ", command.Subcommands.Select(verb => verb.Name));
        return token is null ? $"no verb given; the verbs are {verbs}." : $"unknown verb '{token}'; the verbs are {verbs}.";
    }
}
