using System.Text;
using Worcs.LocalOffer.Cli.Tests.Support;

namespace Worcs.LocalOffer.Cli.Tests.Validate;

/// <summary><c>validate</c> checks values with the engine's rules and the site's settings, every problem in one run.</summary>
public sealed class ValidateEngineRulesTests
{
    private const string NhsPlan = "Content/nhs-long-term-plan.config";
    private TempSyncFolder _folder = null!;

    [SetUp]
    public void CopyRepositoryFolder() => _folder = new TempSyncFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public async Task A_missing_title_an_oversized_body_and_a_missing_download_are_all_reported_in_one_run()
    {
        Edit(NhsPlan, text => text
            .Replace("<Value><![CDATA[NHS Long Term Plan]]></Value>", "<Value><![CDATA[]]></Value>", StringComparison.Ordinal)
            .Replace("\\u003Cp\\u003EThe NHS has published", "\\u003Cp\\u003E" + new string('a', 1_100_000), StringComparison.Ordinal));
        File.Delete(Path.Combine(_folder.Root, "Files", "media", "d9026qbj", "high-needs-commissioning-review-plan.pdf"));

        var run = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", TempSyncFolder.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.ToString);
            Assert.That(run.ErrorLines, Is.EqualTo(new[]
            {
                "v17/Content/nhs-long-term-plan.config:16: error: properties.body: 'Body' is 1,100,514 bytes (1 MB); Umbraco.RichText values are limited to 1,048,576 bytes (1 MB) (LocalOffer:PropertyEditors:MaxValueBytes).",
                "v17/Content/nhs-long-term-plan.config:58: error: properties.title: Enter a title.",
                "v17/Media/high-needs-commissioning-review-plan.config:22: error: properties.umbracoFile: the file '/media/d9026qbj/high-needs-commissioning-review-plan.pdf' is not in Files/media/d9026qbj/",
            }));
            Assert.That(run.Out, Does.EndWith(", 3 errors, 0 warnings\n"));
        }
    }

    [Test]
    public async Task A_picture_without_alt_text_is_refused_by_the_content_models_rule()
    {
        Edit(NhsPlan, text => text.Replace(
            "<image>\n      <Value><![CDATA[]]></Value>",
            $$"""<image>{{"\n"}}      <Value><![CDATA[[{"key":"{{Guid.NewGuid()}}","mediaKey":"{{Guid.NewGuid()}}","mediaTypeAlias":"Image","crops":[],"focalPoint":null}]]]></Value>""",
            StringComparison.Ordinal));

        var run = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", TempSyncFolder.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.ToString);
            Assert.That(run.ErrorLines, Is.EqualTo(new[]
            {
                "v17/Content/nhs-long-term-plan.config:25: error: properties.imageAltText: Enter alt text for the image: one short sentence saying what the picture shows for someone who cannot see it, or remove the image.",
            }));
        }
    }

    [Test]
    public async Task The_sites_value_size_limits_apply_and_a_bad_limit_exits_1_naming_the_setting()
    {
        WriteSettings("""{ "LocalOffer": { "PropertyEditors": { "MaxValueBytes": { "Umbraco.TextBox": 12 } } } }""");

        var limited = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", TempSyncFolder.Name);

        WriteSettings("""{ "LocalOffer": { "PropertyEditors": { "MaxValueBytes": { "Umbraco.TextBoxx": 12 } } } }""");
        var misconfigured = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", TempSyncFolder.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(limited.ExitCode, Is.EqualTo(ExitCodes.Failed), limited.ToString);
            Assert.That(limited.ErrorLines, Has.Some.EqualTo("v17/Content/nhs-long-term-plan.config:58: error: properties.title: 'Title' is 18 bytes; Umbraco.TextBox values are limited to 12 bytes (LocalOffer:PropertyEditors:MaxValueBytes)."));
            Assert.That(misconfigured.ExitCode, Is.EqualTo(ExitCodes.Failed), misconfigured.ToString);
            Assert.That(misconfigured.Error, Does.StartWith("error: the site's settings are not valid: LocalOffer:PropertyEditors:MaxValueBytes:Umbraco.TextBoxx: there is no property editor 'Umbraco.TextBoxx'"));
        }
    }

    private void Edit(string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(_folder.SyncRoot, relativePath);
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.That(changed, Is.Not.EqualTo(text), $"the edit of {relativePath} changed nothing");
        File.WriteAllText(path, changed, new UTF8Encoding(true));
    }

    private void WriteSettings(string json) => File.WriteAllText(Path.Combine(_folder.Root, "appsettings.json"), json);
}
