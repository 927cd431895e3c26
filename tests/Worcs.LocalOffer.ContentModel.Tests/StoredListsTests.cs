using Worcs.LocalOffer.ContentModel.StoredValues;

namespace Worcs.LocalOffer.ContentModel.Tests;

/// <summary>The chosen items and tags that the Delivery API and Search read the same way.</summary>
[TestFixture]
public sealed class StoredListsTests
{
    [TestCase("[\"Tea\",\"Coffee\"]", new[] { "Tea", "Coffee" })]
    [TestCase("[\"Tea\",3,null]", new[] { "Tea" })]
    [TestCase("Tea", new string[0])]
    [TestCase("{\"Tea\":1}", new string[0])]
    [TestCase("", new string[0])]
    public void Chosen_items_are_the_strings_of_a_stored_array(string stored, string[] expected) =>
        Assert.That(StoredLists.Chosen(stored), Is.EqualTo(expected));

    [TestCase("[\"ehcp\",\"sen support\"]", new[] { "ehcp", "sen support" })]
    [TestCase("ehcp, sen support ,,", new[] { "ehcp", "sen support" })]
    [TestCase("[not json", new[] { "[not json" })]
    [TestCase("  ", new string[0])]
    public void Tags_are_read_from_a_json_array_or_comma_separated_text(string stored, string[] expected) =>
        Assert.That(StoredLists.Tags(stored), Is.EqualTo(expected));
}
