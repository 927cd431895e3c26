using System.CommandLine;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Cli.Validate;

/// <summary><c>usync validate [folder] [--json]</c>: checks a uSync folder offline, without a database.</summary>
internal sealed class ValidateCommand : Command
{
    private readonly SyncFolderArgument _folder = new();
    private readonly Option<bool> _json = new("--json") { Description = "Print the result as JSON on standard output." };

    public ValidateCommand(CliContext context)
        : base("validate", "Check a uSync folder offline: file:line problems, exit 0 when valid, 1 with errors.")
    {
        _folder.AddTo(this);
        Add(_json);
        SetAction(parsed => Run(parsed, context));
    }

    private int Run(ParseResult parsed, CliContext context)
    {
        var path = _folder.Existing(parsed, context);
        var folder = new SyncFolderReader().Read(path.FullPath, path.Display);
        var result = new SyncFolderValidator().Validate(folder);

        if (parsed.GetValue(_json))
        {
            ValidationJson.Write(context.Out, folder, result);
        }
        else
        {
            ValidationText.Write(context, folder, result);
        }

        return result.IsValid ? ExitCodes.Success : ExitCodes.Failed;
    }
}
