using System.Text;

namespace Worcs.LocalOffer.Sync.Tests.Validation;

/// <summary>
/// One way to break a copy of the repository's <c>uSync</c> folder (<c>v17</c> and <c>Files</c>), the file the
/// problem is reported against (relative to <c>v17</c>), and what both <c>validate</c> and <c>import</c> must say.
/// </summary>
public sealed record ParityCase(string Name, string File, Action<string> Break, string Message)
{
    private const string NhsPlan = "Content/nhs-long-term-plan.config";
    private const string ReviewPlan = "Media/high-needs-commissioning-review-plan.config";
    private const string ReviewPlanFile = "/media/d9026qbj/high-needs-commissioning-review-plan.pdf";
    private const string FundPlan = "Media/special-provision-capital-fund-plan.config";
    private const string FundPlanFile = "/media/gieungwj/special-provision-capital-fund-plan.pdf";

    public static IReadOnlyList<ParityCase> All { get; } =
    [
        new("published document without its mandatory title", NhsPlan,
            usync => Edit(usync, NhsPlan, text => text.Replace("<Value><![CDATA[NHS Long Term Plan]]></Value>", "<Value><![CDATA[]]></Value>", StringComparison.Ordinal)),
            "properties.title: Enter a title."),
        new("two element types composing each other", "ContentTypes/faqitem.config",
            usync =>
            {
                Edit(usync, "ContentTypes/faqitem.config", text => ComposeInto(text, "4b90cecc-7416-5911-ac10-fe40a285cd36", "capitalFundAllocation"));
                Edit(usync, "ContentTypes/capitalfundallocation.config", text => ComposeInto(text, "9c0c0683-52b9-5b87-95fb-5647092f197d", "faqItem"));
            },
            "compositions: Composing 'capitalFundAllocation' into 'faqItem' would make a cycle."),
        new("document reusing a media item's key", NhsPlan,
            usync => Edit(usync, NhsPlan, text => text.Replace("77b3f06d-9997-5eee-ab43-2b4da5822b93", "18c88806-80f4-5ed8-841f-1ed593d1025e", StringComparison.Ordinal)),
            "an item with key 18c88806-80f4-5ed8-841f-1ed593d1025e already exists"),
        new("upload value outside /media/", ReviewPlan,
            usync => Edit(usync, ReviewPlan, text => text.Replace(ReviewPlanFile, "files/review-plan.pdf", StringComparison.Ordinal)),
            "properties.umbracoFile: 'files/review-plan.pdf' is not an uploaded file: expected a path under /media/"),
        new("download file missing from uSync/Files", FundPlan,
            usync => System.IO.File.Delete(Path.Combine(usync, "Files", FundPlanFile.TrimStart('/'))),
            $"properties.umbracoFile: the file '{FundPlanFile}' is not in Files/media/gieungwj/"),
        new("file with a DOCTYPE", NhsPlan,
            usync => Edit(usync, NhsPlan, text => text.Replace("?>\n", "?>\n<!DOCTYPE Content [<!ENTITY plan \"NHS Long Term Plan\">]>\n", StringComparison.Ordinal)),
            "a <!DOCTYPE> is not allowed"),
        new("rich text over its 1 MB limit", NhsPlan,
            usync => Edit(usync, NhsPlan, text => text.Replace("\\u003Cp\\u003EThe NHS has published", "\\u003Cp\\u003E" + new string('a', 1_100_000), StringComparison.Ordinal)),
            "Umbraco.RichText values are limited to 1,048,576 bytes (1 MB)"),
        new("value in a culture that is no language", NhsPlan,
            usync => Edit(usync, NhsPlan, text => text.Replace("<Value><![CDATA[The NHS has set out", "<Value Culture=\"cy-GB\"><![CDATA[Mae'r GIG wedi nodi", StringComparison.Ordinal)),
            "culture 'cy-GB' is not a language of the site: its file Languages/cy-gb.config is not in the folder"),
        new("two default languages", "Languages/pl-pl.config",
            usync => System.IO.File.WriteAllText(
                Path.Combine(usync, "v17", "Languages", "pl-pl.config"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Language Key=\"19a49d11-0000-0000-0000-000000000000\" Alias=\"pl-PL\" Level=\"0\">\n  <Name>Polish (Poland)</Name>\n  <IsoCode>pl-PL</IsoCode>\n  <IsMandatory>false</IsMandatory>\n  <IsDefault>true</IsDefault>\n</Language>",
                new UTF8Encoding(true)),
            "language 'pl-PL' is one of 2 default languages (en-GB, pl-PL); a site has one"),
    ];

    public override string ToString() => Name;

    public static void Edit(string usync, string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(usync, "v17", relativePath);
        var text = System.IO.File.ReadAllText(path);
        var changed = change(text);
        Assert.That(changed, Is.Not.EqualTo(text), $"the edit of {relativePath} changed nothing");
        System.IO.File.WriteAllText(path, changed, new UTF8Encoding(true));
    }

    private static string ComposeInto(string text, string key, string alias) =>
        text.Replace("<Compositions />", $"<Compositions>\n      <Composition Key=\"{key}\">{alias}</Composition>\n    </Compositions>", StringComparison.Ordinal);
}
