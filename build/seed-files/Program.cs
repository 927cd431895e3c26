// Writes the download files that the seed content in uSync/v17 refers to, as small real documents whose text
// can be extracted and searched. The wording paraphrases the council's published pages; the figures are the real ones.
//
// Usage (from the repository root):  dotnet run --project build/seed-files -- uSync/Files
// The output is byte-for-byte the same on every run: zip entries get a fixed timestamp and order, and no document
// carries a creation date.
using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

var root = args.Length > 0 ? args[0] : "uSync/Files";
var files = new (string Path, Func<byte[]> Build)[]
{
    ("media/gieungwj/special-provision-capital-fund-plan.pdf", () => Pdf.Build(Texts.CapitalFundPlanTitle, Texts.CapitalFundPlan)),
    ("media/d9qgagzi/special-provision-capital-fund-plan.docx", () => Docx.Build(Texts.CapitalFundPlanTitle, Texts.CapitalFundPlan)),
    ("media/uvmmcqwl/special-provision-capital-fund-spreadsheet.xlsx", Xlsx.Build),
    ("media/4rb0t5ox/send-roadshow-presentation-november-2018.pptx", Pptx.Build),
    ("media/d9026qbj/high-needs-commissioning-review-plan.pdf", () => Pdf.Build(Texts.HighNeedsPlanTitle, Texts.HighNeedsPlan)),
};

foreach (var (path, build) in files)
{
    var bytes = build();
    var target = Path.Combine(root, path);
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.WriteAllBytes(target, bytes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes.Length,7} bytes  {target}"));
}

/// <summary>One block of a document: a heading, a paragraph, a bullet or a table row.</summary>
internal sealed record Block(string Kind, string Text, string[]? Cells = null)
{
    public static Block H1(string text) => new("h1", text);
    public static Block H2(string text) => new("h2", text);
    public static Block Para(string text) => new("p", text);
    public static Block Bullet(string text) => new("li", text);
    public static Block Row(params string[] cells) => new("tr", string.Join("  |  ", cells), cells);
}

internal static class Texts
{
    public const string CapitalFundPlanTitle = "Special Provision Capital Fund: Worcestershire plan 2018 to 2021";

    public static readonly Block[] CapitalFundPlan =
    [
        Block.H1(CapitalFundPlanTitle),
        Block.Para("Worcestershire County Council, May 2019. Published to meet the Department for Education (DfE) requirement that each local authority sets out how it will use its share of the special provision capital fund."),
        Block.H2("How much funding Worcestershire has been allocated"),
        Block.Row("Allocation", "Announced", "Amount"),
        Block.Row("Original allocation to the local authority", "March 2018", "£1,085,665"),
        Block.Row("First top-up", "May 2018", "£252,480"),
        Block.Row("Second top-up", "December 2018", "£504,960"),
        Block.Row("Total for 2018 to 2021", "", "£1,843,105"),
        Block.H2("What the money is for"),
        Block.Para("Councils have a duty to make sure there are enough good school places for every pupil, including children and young people with special educational needs and disabilities (SEND). This capital funding helps Worcestershire create new places and improve existing buildings and facilities for them."),
        Block.Para("The grant is not ring-fenced. It can be spent on special provision for children and young people aged 0 to 25 with an education, health and care (EHC) plan, in:"),
        Block.Bullet("mainstream schools and academies, including resource bases and special units"),
        Block.Bullet("special schools and special academies"),
        Block.Bullet("early years settings and further education colleges"),
        Block.Bullet("other provision for children and young people with SEND"),
        Block.H2("How we are deciding what to fund"),
        Block.Para("The DfE asks every council to publish a short plan and to update it when more funding is announced. This version records what we know now about how the money will be used and the options still being considered. Decisions are being made with parents, carers and education providers, and we will publish the outcome of any further consultation."),
        Block.Para("Changes to the number of pupils at special schools are consulted on separately through the council's education reviews and consultations."),
        Block.H2("Tell us what you think"),
        Block.Para("Email localoffer@worcestershire.gov.uk with your views or if you need this plan in a different format."),
    ];

    public const string HighNeedsPlanTitle = "High Needs Commissioning Review: joint High Needs Plan";

    public static readonly Block[] HighNeedsPlan =
    [
        Block.H1(HighNeedsPlanTitle),
        Block.Para("Worcestershire County Council, Children, Families and Communities Directorate. Published September 2018."),
        Block.H2("Why we carried out the review"),
        Block.Para("In September 2016 the council started a review of how it commissions support for children and young people (CYP) with special educational needs and disabilities (SEND). It looked at how our processes work and whether the provision in place is the right provision."),
        Block.H2("How the review worked"),
        Block.Para("The review looked inwards at the council's own processes and outwards at the wider local system. A large part of the work was joint commissioning across:"),
        Block.Bullet("Education"),
        Block.Bullet("Early Help"),
        Block.Bullet("Social Care"),
        Block.Bullet("Community Health"),
        Block.H2("This plan"),
        Block.Para("This joint High Needs Plan brings that work together. It was led by Education and Skills on behalf of the whole directorate and describes how partners will meet the combined needs of children and young people with SEND in Worcestershire."),
        Block.H2("Contact"),
        Block.Para("Email localoffer@worcestershire.gov.uk if something in this plan is unclear or if you need it in another format."),
    ];

    public static readonly (string Title, string[] Points)[] RoadshowSlides =
    [
        ("SEND Information Roadshow, November 2018", ["Information sessions for parent carers of children and young people with SEND", "Worcestershire County Council, Families in Partnership and SENDIASS"]),
        ("What these sessions cover", ["The SEND Local Offer website", "SEND services in Worcestershire", "The Graduated Approach", "Families in Partnership", "How SENDIASS can help", "Your questions"]),
        ("The SEND Local Offer", ["One place to find information about SEND support and services", "Covers education, health, social care and leisure for ages 0 to 25", "Tell us when something is wrong or missing: localoffer@worcestershire.gov.uk"]),
        ("The Graduated Approach", ["The support that schools and settings should put in place", "Assess, plan, do, review", "How other services work alongside schools"]),
        ("Families in Partnership", ["Worcestershire's parent carer forum", "Speaks up for the experiences of parents and carers", "Any parent carer can join"]),
        ("SENDIASS", ["SEND Information, Advice and Support Service", "Free, impartial and confidential", "Helps children, young people and parents with SEND questions"]),
        ("Questions and answers", ["We are noting every question asked today", "Answers we could not give on the day will be added to a frequently asked questions document on the Local Offer"]),
    ];
}

internal static class Pdf
{
    private const double Left = 56, Top = 790, Bottom = 60, Width = 480;

    public static byte[] Build(string title, Block[] blocks)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = "Worcestershire County Council";
        builder.DocumentInformation.Producer = "Worcs.LocalOffer seed-files";
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        var y = Top;
        foreach (var block in blocks)
        {
            var (font, size, indent, gap) = block.Kind switch
            {
                "h1" => (bold, 16.0, 0.0, 14.0),
                "h2" => (bold, 12.5, 0.0, 10.0),
                "li" => (regular, 10.5, 14.0, 3.0),
                _ => (regular, 10.5, 0.0, 7.0),
            };
            var text = block.Kind == "li" ? "- " + block.Text : block.Text;
            var lines = block.Kind == "tr" ? [FormatRow(block.Cells!)] : Wrap(text, size, indent);
            foreach (var line in lines)
            {
                if (y < Bottom)
                {
                    page = builder.AddPage(PageSize.A4);
                    y = Top;
                }

                page.AddText(line, size, new PdfPoint(Left + indent, y), block.Kind == "tr" && block.Cells![0] == "Allocation" ? bold : font);
                y -= size * 1.35;
            }

            y -= block.Kind == "tr" ? 0 : gap;
        }

        // PdfPig writes a random /ID; derive it from the title instead so that every run gives the same bytes.
        var bytes = builder.Build();
        var raw = Encoding.Latin1.GetString(bytes);
        var start = raw.IndexOf("/ID [ <", StringComparison.Ordinal);
        if (start >= 0)
        {
            var id = Convert.ToHexString(System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes(title)));
            var end = raw.IndexOf(']', start);
            raw = string.Concat(raw.AsSpan(0, start), $"/ID [ <{id}><{id}>", raw.AsSpan(end));
            bytes = Encoding.Latin1.GetBytes(raw);
        }

        return bytes;
    }

    private static string FormatRow(string[] cells) =>
        cells[0].PadRight(44) + cells[1].PadRight(18) + cells[2];

    private static List<string> Wrap(string text, double size, double indent)
    {
        // Helvetica averages about half an em per character in running text.
        var max = (int)((Width - indent) / (size * 0.5));
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > max)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}

internal static partial class Zip
{
    [System.Text.RegularExpressions.GeneratedRegex("\"(R[0-9a-f]{16})\"")]
    private static partial System.Text.RegularExpressions.Regex RandomId();

    /// <summary>Adds docProps/core.xml with a title and author but no dates, so that the bytes do not change between runs.</summary>
    public static void CoreProperties(OpenXmlPackage package, string title)
    {
        var part = package switch
        {
            WordprocessingDocument word => word.AddCoreFilePropertiesPart(),
            SpreadsheetDocument sheet => sheet.AddCoreFilePropertiesPart(),
            PresentationDocument slides => slides.AddCoreFilePropertiesPart(),
            _ => throw new ArgumentException("Unknown package type.", nameof(package)),
        };
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + $"<dc:title>{System.Security.SecurityElement.Escape(title)}</dc:title><dc:creator>Worcestershire County Council</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>";
        using var stream = part.GetStream(FileMode.Create);
        stream.Write(new UTF8Encoding(false).GetBytes(xml));
    }

    private static readonly DateTimeOffset Fixed = new(2019, 5, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Validates the package, then rewrites the zip with fixed entry times so that every run gives the same bytes.</summary>
    public static byte[] Finish(MemoryStream package, Func<Stream, OpenXmlPackage> open)
    {
        package.Position = 0;
        using (var document = open(package))
        {
            var errors = new OpenXmlValidator().Validate(document).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, errors.Select(error => $"{error.Path?.XPath}: {error.Description}")));
            }
        }

        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read);
        using var output = new MemoryStream();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(entry => entry.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(entry => entry.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Fixed;
                using var from = entry.Open();
                using var buffer = new MemoryStream();
                from.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    // System.IO.Packaging names relationships R + 16 random hex digits; number them instead.
                    var text = RandomId().Replace(Encoding.UTF8.GetString(bytes), match =>
                    {
                        if (!ids.TryGetValue(match.Groups[1].Value, out var stable))
                        {
                            stable = "R" + ids.Count.ToString("x16", CultureInfo.InvariantCulture);
                            ids.Add(match.Groups[1].Value, stable);
                        }

                        return $"\"{stable}\"";
                    });
                    bytes = new UTF8Encoding(false).GetBytes(text);
                }

                using var to = copy.Open();
                to.Write(bytes);
            }
        }

        return output.ToArray();
    }
}

internal static class Docx
{
    public static byte[] Build(string title, Block[] blocks)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new W.Styles(
                Style("Normal", "Normal", null, 22, false),
                Style("Heading1", "heading 1", 0, 32, true),
                Style("Heading2", "heading 2", 1, 26, true),
                Style("ListParagraph", "List Paragraph", null, 22, false));
            var body = new W.Body();
            W.Table? table = null;
            foreach (var block in blocks)
            {
                if (block.Kind == "tr")
                {
                    if (table is null)
                    {
                        table = new W.Table(new W.TableProperties(
                            new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
                            new W.TableBorders(
                                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 },
                                new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 })),
                            new W.TableGrid(new W.GridColumn { Width = "4600" }, new W.GridColumn { Width = "2300" }, new W.GridColumn { Width = "2126" }));
                        body.Append(table);
                    }

                    var header = block.Cells![0] == "Allocation";
                    table.Append(new W.TableRow(block.Cells.Select(cell => new W.TableCell(Paragraph(cell, "Normal", header))).ToArray<OpenXmlElement>()));
                    continue;
                }

                table = null;
                body.Append(block.Kind switch
                {
                    "h1" => Paragraph(block.Text, "Heading1", false),
                    "h2" => Paragraph(block.Text, "Heading2", false),
                    "li" => Paragraph("\u2022 " + block.Text, "ListParagraph", false),
                    _ => Paragraph(block.Text, "Normal", false),
                });
            }

            body.Append(new W.SectionProperties(
                new W.PageSize { Width = 11906, Height = 16838 },
                new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new W.Document(body);
            Zip.CoreProperties(document, title);
        }

        return Zip.Finish(stream, package => WordprocessingDocument.Open(package, false));
    }

    private static W.Style Style(string id, string name, int? outline, int halfPoints, bool bold)
    {
        var run = new W.StyleRunProperties();
        if (bold)
        {
            run.Append(new W.Bold());
        }

        run.Append(new W.FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        var style = new W.Style(new W.StyleName { Val = name }) { Type = W.StyleValues.Paragraph, StyleId = id };
        if (id != "Normal")
        {
            style.Append(new W.BasedOn { Val = "Normal" });
        }

        if (outline is { } level)
        {
            style.Append(new W.StyleParagraphProperties(new W.KeepNext(), new W.SpacingBetweenLines { Before = "240", After = "120" }, new W.OutlineLevel { Val = level }));
        }

        style.Append(run);
        return style;
    }

    private static W.Paragraph Paragraph(string text, string style, bool bold)
    {
        var run = new W.Run();
        if (bold)
        {
            run.Append(new W.RunProperties(new W.Bold()));
        }

        run.Append(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style }), run);
    }
}

internal static class Xlsx
{
    private static readonly (string Label, string Announced, int Amount)[] Rows =
    [
        ("Original allocation to the local authority", "March 2018", 1085665),
        ("First top-up", "May 2018", 252480),
        ("Second top-up", "December 2018", 504960),
    ];

    public static byte[] Build()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new S.Stylesheet(
                new S.NumberingFormats(new S.NumberingFormat { NumberFormatId = 164U, FormatCode = "\"£\"#,##0" }) { Count = 1U },
                new S.Fonts(new S.Font(), new S.Font(new S.Bold())) { Count = 2U },
                new S.Fills(new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }), new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 })) { Count = 2U },
                new S.Borders(new S.Border()) { Count = 1U },
                new S.CellFormats(
                    new S.CellFormat(),
                    new S.CellFormat { FontId = 1U, ApplyFont = true },
                    new S.CellFormat { NumberFormatId = 164U, ApplyNumberFormat = true },
                    new S.CellFormat { NumberFormatId = 164U, FontId = 1U, ApplyNumberFormat = true, ApplyFont = true }) { Count = 4U });

            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new S.SheetData();
            data.Append(Row(1, Text("A1", "Special Provision Capital Fund 2018 to 2021: Worcestershire allocations", 1)));
            data.Append(Row(3, Text("A3", "Allocation", 1), Text("B3", "Announced", 1), Text("C3", "Amount (GBP)", 1)));
            var rowIndex = 4U;
            foreach (var (label, announced, amount) in Rows)
            {
                data.Append(Row(rowIndex, Text($"A{rowIndex}", label, 0), Text($"B{rowIndex}", announced, 0), Number($"C{rowIndex}", amount, 2)));
                rowIndex++;
            }

            var total = Rows.Sum(row => row.Amount);
            data.Append(Row(rowIndex, Text($"A{rowIndex}", "Total", 1), Text($"B{rowIndex}", "", 1),
                new S.Cell(new S.CellFormula($"SUM(C4:C{rowIndex - 1})"), new S.CellValue(total.ToString(CultureInfo.InvariantCulture))) { CellReference = $"C{rowIndex}", StyleIndex = 3U }));
            data.Append(Row(rowIndex + 2, Text($"A{rowIndex + 2}", "Source: Department for Education allocations to Worcestershire County Council. Email localoffer@worcestershire.gov.uk for another format.", 0)));

            sheetPart.Worksheet = new S.Worksheet(
                new S.Columns(
                    new S.Column { Min = 1U, Max = 1U, Width = 46, CustomWidth = true },
                    new S.Column { Min = 2U, Max = 2U, Width = 16, CustomWidth = true },
                    new S.Column { Min = 3U, Max = 3U, Width = 16, CustomWidth = true }),
                data);
            workbook.Workbook = new S.Workbook(new S.Sheets(new S.Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1U, Name = "Allocations" }));
            Zip.CoreProperties(document, "Special Provision Capital Fund allocations 2018 to 2021");
        }

        return Zip.Finish(stream, package => SpreadsheetDocument.Open(package, false));
    }

    private static S.Row Row(uint index, params S.Cell[] cells) => new(cells) { RowIndex = index };

    private static S.Cell Text(string reference, string text, uint style) =>
        new(new S.InlineString(new S.Text(text))) { CellReference = reference, DataType = S.CellValues.InlineString, StyleIndex = style };

    private static S.Cell Number(string reference, int value, uint style) =>
        new(new S.CellValue(value.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = style };
}

internal static class Pptx
{
    private const long SlideWidth = 9144000, SlideHeight = 5143500;

    public static byte[] Build()
    {
        var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentationPart = document.AddPresentationPart();
            var masterPart = presentationPart.AddNewPart<SlideMasterPart>("rId1");
            var layoutPart = masterPart.AddNewPart<SlideLayoutPart>("rId1");
            layoutPart.AddPart(masterPart, "rId1");
            var themePart = masterPart.AddNewPart<ThemePart>("rId2");
            themePart.Theme = Theme();
            presentationPart.AddPart(themePart, "rId2");

            layoutPart.SlideLayout = new P.SlideLayout(
                new P.CommonSlideData(EmptyTree()) { Name = "Title and content" },
                new P.ColorMapOverride(new A.MasterColorMapping())) { Type = P.SlideLayoutValues.Text };
            masterPart.SlideMaster = new P.SlideMaster(
                new P.CommonSlideData(new P.Background(new P.BackgroundStyleReference(new A.SchemeColor { Val = A.SchemeColorValues.Background1 }) { Index = 1001U }), EmptyTree()),
                new P.ColorMap
                {
                    Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1,
                    Background2 = A.ColorSchemeIndexValues.Light2, Text2 = A.ColorSchemeIndexValues.Dark2,
                    Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2,
                    Accent3 = A.ColorSchemeIndexValues.Accent3, Accent4 = A.ColorSchemeIndexValues.Accent4,
                    Accent5 = A.ColorSchemeIndexValues.Accent5, Accent6 = A.ColorSchemeIndexValues.Accent6,
                    Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
                },
                new P.SlideLayoutIdList(new P.SlideLayoutId { Id = 2147483649U, RelationshipId = "rId1" }));

            var slideIds = new P.SlideIdList();
            var slideNumber = 0;
            foreach (var (title, points) in Texts.RoadshowSlides)
            {
                slideNumber++;
                var slidePart = presentationPart.AddNewPart<SlidePart>($"rId{slideNumber + 2}");
                slidePart.AddPart(layoutPart, "rId1");
                slidePart.Slide = new P.Slide(
                    new P.CommonSlideData(new P.ShapeTree(
                        GroupProperties(),
                        new P.GroupShapeProperties(new A.TransformGroup()),
                        TextShape(2U, "Title", title, 457200, 274320, 8229600, 914400, 3200, bold: true, [title]),
                        TextShape(3U, "Content", null, 457200, 1280160, 8229600, 3474720, 2000, bold: false, points))),
                    new P.ColorMapOverride(new A.MasterColorMapping()));
                slideIds.Append(new P.SlideId { Id = (uint)(255 + slideNumber), RelationshipId = $"rId{slideNumber + 2}" });
            }

            presentationPart.Presentation = new P.Presentation(
                new P.SlideMasterIdList(new P.SlideMasterId { Id = 2147483648U, RelationshipId = "rId1" }),
                slideIds,
                new P.SlideSize { Cx = (int)SlideWidth, Cy = (int)SlideHeight },
                new P.NotesSize { Cx = 6858000, Cy = 9144000 });
            Zip.CoreProperties(document, "SEND Information Roadshow, November 2018");
        }

        return Zip.Finish(stream, package => PresentationDocument.Open(package, false));
    }

    private static P.NonVisualGroupShapeProperties GroupProperties() =>
        new(new P.NonVisualDrawingProperties { Id = 1U, Name = "" }, new P.NonVisualGroupShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties());

    private static P.ShapeTree EmptyTree() => new(GroupProperties(), new P.GroupShapeProperties(new A.TransformGroup()));

    private static P.Shape TextShape(uint id, string name, string? title, long x, long y, long cx, long cy, int size, bool bold, string[] lines)
    {
        var body = new P.TextBody(new A.BodyProperties { Wrap = A.TextWrappingValues.Square }, new A.ListStyle());
        foreach (var line in lines)
        {
            var run = new A.Run(new A.RunProperties { Language = "en-GB", FontSize = size, Bold = bold, Dirty = false }, new A.Text(title is null ? "\u2022 " + line : line));
            body.Append(new A.Paragraph(run));
        }

        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.ShapeProperties(
                new A.Transform2D(new A.Offset { X = x, Y = y }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }),
            body);
    }

    private static A.Theme Theme()
    {
        static A.SolidFill Scheme() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });
        static A.Outline Line(int width) => new(new A.SolidFill(new A.SchemeColor { Val = A.SchemeColorValues.PhColor })) { Width = width };
        static A.EffectStyle Effect() => new(new A.EffectList());
        return new A.Theme(
            new A.ThemeElements(
                new A.ColorScheme(
                    new A.Dark1Color(new A.SystemColor { Val = A.SystemColorValues.WindowText, LastColor = "000000" }),
                    new A.Light1Color(new A.SystemColor { Val = A.SystemColorValues.Window, LastColor = "FFFFFF" }),
                    new A.Dark2Color(new A.RgbColorModelHex { Val = "1F3864" }),
                    new A.Light2Color(new A.RgbColorModelHex { Val = "E7E6E6" }),
                    new A.Accent1Color(new A.RgbColorModelHex { Val = "4472C4" }),
                    new A.Accent2Color(new A.RgbColorModelHex { Val = "ED7D31" }),
                    new A.Accent3Color(new A.RgbColorModelHex { Val = "A5A5A5" }),
                    new A.Accent4Color(new A.RgbColorModelHex { Val = "FFC000" }),
                    new A.Accent5Color(new A.RgbColorModelHex { Val = "5B9BD5" }),
                    new A.Accent6Color(new A.RgbColorModelHex { Val = "70AD47" }),
                    new A.Hyperlink(new A.RgbColorModelHex { Val = "0563C1" }),
                    new A.FollowedHyperlinkColor(new A.RgbColorModelHex { Val = "954F72" })) { Name = "Local Offer" },
                new A.FontScheme(
                    new A.MajorFont(new A.LatinFont { Typeface = "Arial" }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }),
                    new A.MinorFont(new A.LatinFont { Typeface = "Arial" }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" })) { Name = "Local Offer" },
                new A.FormatScheme(
                    new A.FillStyleList(Scheme(), Scheme(), Scheme()),
                    new A.LineStyleList(Line(6350), Line(12700), Line(19050)),
                    new A.EffectStyleList(Effect(), Effect(), Effect()),
                    new A.BackgroundFillStyleList(Scheme(), Scheme(), Scheme())) { Name = "Local Offer" }),
            new A.ObjectDefaults(),
            new A.ExtraColorSchemeList()) { Name = "Local Offer" };
    }
}
