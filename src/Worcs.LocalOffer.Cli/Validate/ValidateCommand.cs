using System.CommandLine;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.Validation.Offline;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Cli.Validate;

/// <summary>
/// <c>usync validate [folder] [--json]</c>: checks a uSync folder offline, without a database, with the engine's
/// rules and the site's settings, and the download files in <c>Files</c> beside the folder.
/// </summary>
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
        OfflineValidation rules;
        try
        {
            rules = SiteRules.Load(context);
        }
        catch (OptionsValidationException exception)
        {
            context.Error.WriteLine($"error: the site's settings are not valid: {string.Join(" ", exception.Failures)}");
            return ExitCodes.Failed;
        }

        var folder = new SyncFolderReader().Read(path.FullPath, path.Display);
        var options = new SyncValidationOptions { Engine = rules, FilesFolders = [Path.Combine(path.FullPath, "..", "Files")] };
        var result = new SyncFolderValidator(options).Validate(folder);

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
