using System.Text;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Validation;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Validation;

/// <summary>
/// <c>validate</c> refuses what the import would refuse about languages and cultures, naming the file and line, every
/// problem in one run; culture values of an invariant property are a warning (the default language's value is used).
/// </summary>
public sealed class CultureValidationTests
{
    private const string Forum = "Content/parent-carer-forum.config";
    private const string Fun = "Content/family-fun-day.config";
    private string _root = "";

    [SetUp]
    public void CopyFixture()
    {
        _root = Path.Combine(Path.GetTempPath(), "usync-cultures-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(SyncFixtures.CultureVariantRoot, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(SyncFixtures.CultureVariantRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [TearDown]
    public void DeleteCopy() => Directory.Delete(_root, recursive: true);

    [Test]
    public void The_fixture_site_is_valid() =>
        Assert.That(Validate().Problems.Select(problem => problem.ToString()), Is.Empty);

    [Test]
    public void A_culture_that_is_no_language_is_an_error_in_each_file_that_uses_it()
    {
        File.Delete(Path.Combine(_root, "Languages", "cy-gb.config"));

        var errors = Errors();

        Assert.That(errors, Is.EquivalentTo(new[]
        {
            $"site/{Fun}:9: culture 'cy-GB' is not a language of the site: its file Languages/cy-gb.config is not in the folder",
            $"site/{Forum}:9: culture 'cy-GB' is not a language of the site: its file Languages/cy-gb.config is not in the folder",
        }));
    }

    [Test]
    public void Culture_data_the_type_cannot_hold_is_refused_all_in_one_run()
    {
        Edit(Forum, text => text
            .Replace("""<Value Culture="cy-GB"><![CDATA[]]></Value>""", """<Value Segment="mobile"><![CDATA[Forum]]></Value>""", StringComparison.Ordinal)
            .Replace("""<Published Culture="cy-GB">false</Published>""", """<Published Culture="pl-PL">true</Published>""", StringComparison.Ordinal));
        Edit(Fun, text => text.Replace("""<Value Culture="cy-GB"><![CDATA[Diwrnod""", """<Value><![CDATA[Diwrnod""", StringComparison.Ordinal));

        var errors = Errors();

        Assert.That(errors, Has.Some.EqualTo($"site/{Forum}:28: 'title' has a value for segment 'mobile'; segments are not supported, only cultures"));
        Assert.That(errors, Has.Some.EqualTo($"site/{Forum}:14: culture 'pl-PL' is not a language of the site: its file Languages/pl-pl.config is not in the folder"));
        Assert.That(errors, Has.Some.EqualTo($"site/{Fun}:28: 'title' varies by culture: its value without a Culture would not be imported; give it per culture"));
        Assert.That(errors, Has.Some.EqualTo($"site/{Forum}:14: culture 'pl-PL' is marked published, but the item has no name in 'pl-PL'"));
        Assert.That(errors, Has.Count.EqualTo(4), () => string.Join("\n", errors));
    }

    [Test]
    public void A_variation_uSync_does_not_know_is_refused()
    {
        Edit("ContentTypes/communityevent.config", text => text.Replace("<Variations>Culture</Variations>\n    <IsElement>", "<Variations>Cultures</Variations>\n    <IsElement>", StringComparison.Ordinal));

        Assert.That(Errors(), Has.Some.EqualTo("site/ContentTypes/communityevent.config:10: Variations 'Cultures' is not one of Nothing, Culture, Segment, CultureAndSegment"));
    }

    [Test]
    public void Names_per_culture_on_a_type_that_does_not_vary_are_refused()
    {
        Edit("ContentTypes/communityevent.config", text => text
            .Replace("<Variations>Culture</Variations>", "<Variations>Nothing</Variations>", StringComparison.Ordinal)
            .Replace("      <Variations>Culture</Variations>", "      <Variations>Nothing</Variations>", StringComparison.Ordinal));

        var result = Validate();

        Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Error).Select(problem => problem.ToString()), Has.Some.EqualTo(
            $"site/{Fun}:9: 'communityEvent' does not vary by culture, so the item cannot be named or published per culture (cy-GB, en-GB); give NodeName Default only"));
        Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Warning).Select(problem => problem.ToString()), Has.Some.EqualTo(
            $"site/{Fun}:28: 'title' does not vary by culture but has values in cy-GB, en-GB: its value in the default language 'en-GB' is used"));
    }

    [Test]
    public void Segments_on_a_type_and_two_default_languages_are_refused()
    {
        Edit("ContentTypes/communityevent.config", text => text.Replace("<Variations>Culture</Variations>\n    <IsElement>", "<Variations>CultureAndSegment</Variations>\n    <IsElement>", StringComparison.Ordinal));
        Edit("Languages/cy-gb.config", text => text.Replace("<IsDefault>false</IsDefault>", "<IsDefault>true</IsDefault>", StringComparison.Ordinal));

        var errors = Errors();

        Assert.That(errors, Has.Some.Contains("communityevent.config").And.Contains("varies by segment"));
        Assert.That(errors, Has.Some.EqualTo("site/Languages/cy-gb.config:6: language 'cy-GB' is one of 2 default languages (cy-GB, en-GB); a site has one"));
    }

    [Test]
    public void A_fallback_that_is_no_language_is_refused()
    {
        Edit("Languages/cy-gb.config", text => text.Replace("<Fallback>en-GB</Fallback>", "<Fallback>pl-PL</Fallback>", StringComparison.Ordinal));

        Assert.That(Errors(), Is.EqualTo(new[] { "site/Languages/cy-gb.config:7: fallbackIsoCode: The fallback language 'pl-PL' does not exist." }));
    }

    private List<string> Errors() =>
        [.. Validate().Problems.Where(problem => problem.Severity == SyncSeverity.Error).Select(problem => problem.ToString())];

    private SyncValidationResult Validate() => new SyncFolderValidator().Validate(new SyncFolderReader().Read(_root, "site"));

    private void Edit(string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(_root, relativePath);
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.That(changed, Is.Not.EqualTo(text), $"the edit of {relativePath} changed nothing");
        File.WriteAllText(path, changed, new UTF8Encoding(true));
    }
}
