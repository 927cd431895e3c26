using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Worcs.LocalOffer.Search.Attachments;

/// <summary>XLSX text: sheet names and every cell's shown value (shared strings resolved), row by row.</summary>
public sealed class SpreadsheetTextExtractor : IAttachmentTextExtractor
{
    public IReadOnlyCollection<string> Extensions { get; } = ["xlsx"];

    public string Extract(Stream stream, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart;
        if (workbook is null)
        {
            return "";
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(item => item.InnerText).ToArray() ?? [];
        var text = new StringBuilder();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            text.Append(sheet.Name?.Value).Append('\n');
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                text.AppendJoin(' ', row.Elements<Cell>().Select(cell => CellText(cell, shared))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, out var index) && index >= 0 && index < shared.Length ? shared[index] : "";
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
    }
}
