using System.CommandLine;

namespace Worcs.LocalOffer.Cli;

/// <summary>
/// The uSync root a verb works on, given as <c>[folder]</c> or <c>--folder</c>; <c>uSync/v17</c> by default. Verbs
/// that merge roots take <c>--folder</c> more than once.
/// </summary>
internal sealed class SyncFolderArgument
{
    public const string DefaultFolder = "uSync/v17";

    private readonly Argument<string?> _argument = new("folder")
    {
        Description = $"The uSync root (default: {DefaultFolder} under the current directory).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string[]> _option = new("--folder")
    {
        Description = "The uSync root, as an option; report and import take several (uSync's Folders: merged in order, later roots winning).",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
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

    /// <summary>The one folder as the user wrote it, for messages; throws <see cref="UsageException"/> when given more than once.</summary>
    public string Value(ParseResult parsed)
    {
        var folders = Values(parsed);
        return folders.Count == 1
            ? folders[0]
            : throw new UsageException($"'{parsed.CommandResult.Command.Name}' works on one folder, but {folders.Count} are given ({string.Join(", ", folders)}).");
    }

    /// <summary>
    /// The folders as the user wrote them, in order: <c>[folder]</c>, or each <c>--folder</c>; throws
    /// <see cref="UsageException"/> when both forms are used.
    /// </summary>
    public IReadOnlyList<string> Values(ParseResult parsed)
    {
        var positional = parsed.GetValue(_argument);
        var options = parsed.GetValue(_option) ?? [];
        if (positional is not null && options.Length > 0)
        {
            throw new UsageException($"the folder is given twice ('{positional}' and --folder '{options[0]}'); give one.");
        }

        return positional is not null ? [positional] : options.Length > 0 ? options : [DefaultFolder];
    }

    /// <summary>Every folder given, which must all exist; throws <see cref="UsageException"/> naming one that does not.</summary>
    public SyncRoots AllExisting(ParseResult parsed, CliContext context) =>
        new([.. Values(parsed).Select(display => Existing(display, context))]);

    /// <summary>The folder's display name and full path; throws <see cref="UsageException"/> when it does not exist.</summary>
    public SyncFolderPath Existing(ParseResult parsed, CliContext context) => Existing(Value(parsed), context);

    private static SyncFolderPath Existing(string display, CliContext context)
    {
        var fullPath = context.FullPath(display);
        if (!Directory.Exists(fullPath))
        {
            throw new UsageException($"folder '{display}' does not exist (looked in {fullPath}).");
        }

        return new SyncFolderPath(display.Replace('\\', '/').TrimEnd('/'), fullPath);
    }
}
