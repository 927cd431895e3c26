using System.Text;
using System.Text.Json;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Cli.Validate;

/// <summary>
/// <c>{ folder, valid, filesRead, errors, warnings, problems: [{ severity, file, line, message }] }</c>;
/// <c>line</c> is <see langword="null"/> when a problem is about a whole file or folder.
/// </summary>
internal static class ValidationJson
{
    private static readonly JsonWriterOptions _options = new() { Indented = true };

    public static void Write(TextWriter output, SyncFolder folder, SyncValidationResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _options))
        {
            json.WriteStartObject();
            json.WriteString("folder", folder.Root);
            json.WriteBoolean("valid", result.IsValid);
            json.WriteNumber("filesRead", folder.Files.Count);
            json.WriteNumber("errors", result.Errors.Count());
            json.WriteNumber("warnings", result.Warnings.Count());
            json.WriteStartArray("problems");
            foreach (var problem in result.Problems)
            {
                json.WriteStartObject();
                json.WriteString("severity", ProblemText.Severity(problem.Severity));
                json.WriteString("file", problem.File);
                if (problem.Line is { } line)
                {
                    json.WriteNumber("line", line);
                }
                else
                {
                    json.WriteNull("line");
                }

                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
