using System.CommandLine;

namespace Worcs.LocalOffer.Cli;

/// <summary>The uSync root a verb works on, given as <c>[folder]</c> or <c>--folder</c>; <c>uSync/v17</c> by default.</summary>
internal sealed class SyncFolderArgument
{
    public const string DefaultFolder = "uSync/v17";

    private readonly Argument<string?> _argument = new("folder")
    {
        Description = $"The uSync root (default: {DefaultFolder} under the current directory).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _option = new("--folder")
    {
        Description = "The uSync root, as an option.",
    };

    public SyncFolderArgument()
    {
        // An unknown option would otherwise be taken for the folder.
        _argument.Validators.Add(result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (token is not null && token.StartsWith('-'))
            {
                result.AddError($"unknown option '{token}' (a folder whose name starts with '-' can be given as ./{token}).");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Add(_argument);
        command.Add(_option);
    }

    /// <summary>The folder as the user wrote it, for messages; throws <see cref="UsageException"/> when given twice.</summary>
    public string Value(ParseResult parsed)
    {
        var positional = parsed.GetValue(_argument);
        var option = parsed.GetValue(_option);
        if (positional is not null && option is not null)
        {
            throw new UsageException($"the folder is given twice ('{positional}' and --folder '{option}'); give one.");
        }

        return positional ?? option ?? DefaultFolder;
    }

    /// <summary>The folder's display name and full path; throws <see cref="UsageException"/> when it does not exist.</summary>
    public SyncFolderPath Existing(ParseResult parsed, CliContext context)
    {
        var display = Value(parsed);
        var fullPath = context.FullPath(display);
        if (!Directory.Exists(fullPath))
        {
            throw new UsageException($"folder '{display}' does not exist (looked in {fullPath}).");
        }

        return new SyncFolderPath(display.Replace('\\', '/').TrimEnd('/'), fullPath);
    }
}
