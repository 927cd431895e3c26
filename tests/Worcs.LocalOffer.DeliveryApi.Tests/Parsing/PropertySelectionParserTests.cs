using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Parsing;

[TestFixture]
public sealed class PropertySelectionParserTests
{
    [Test]
    public void All_selects_every_property_with_nothing_nested()
    {
        Assert.That(PropertySelectionParser.TryParse("properties[$all]", 5, out var selection, out var error), Is.True, error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(selection!.Includes("anything"), Is.True);
            Assert.That(selection.NestedFor("anything").IsNone, Is.True);
        }
    }

    [TestCase("$all")]
    [TestCase("properties[$all]")]
    public void All_at_the_root_is_the_same_as_properties_all(string text)
    {
        Assert.That(PropertySelectionParser.TryParse(text, 5, out var selection, out var error), Is.True, error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(selection!.Includes("anything"), Is.True);
            Assert.That(selection.NestedFor("anything").IsNone, Is.True);
        }
    }

    [Test]
    public void All_standing_for_a_nested_selection_selects_every_nested_property_and_wins()
    {
        Assert.That(PropertySelectionParser.TryParse("properties[author[$all[properties[photo]]],other[properties[x],$all]]", 5, out var selection, out var error), Is.True, error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(selection!.NestedFor("author").Includes("anything"), Is.True);
            Assert.That(selection.NestedFor("author").NestedFor("anything").Includes("photo"), Is.True);
            Assert.That(selection.NestedFor("other").Includes("y"), Is.True);
        }
    }

    [Test]
    public void Named_properties_with_nested_selections()
    {
        Assert.That(PropertySelectionParser.TryParse("properties[a,b[properties[c,$all[properties[d]]]]]", 5, out var selection, out var error), Is.True, error);
        var nested = selection!.NestedFor("B");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(selection.Includes("a"), Is.True);
            Assert.That(selection.Includes("c"), Is.False);
            Assert.That(nested.Includes("c"), Is.True);
            Assert.That(nested.Includes("x"), Is.True);
            Assert.That(nested.NestedFor("x").Includes("d"), Is.True);
            Assert.That(nested.NestedFor("c").IsNone, Is.True);
        }
    }

    [TestCase("", "expected 'properties[' or '$all' at position 1")]
    [TestCase("properties", "expected 'properties[' or '$all' at position 1")]
    [TestCase("properties[", "expected a property alias or $all at position 12")]
    [TestCase("properties[a", "missing closing ']'")]
    [TestCase("properties[a,]", "expected a property alias or $all at position 14")]
    [TestCase("properties[a]x", "unexpected 'x' at position 14")]
    [TestCase("properties[a b]", "unexpected ' ' at position 13")]
    [TestCase("properties[$any]", "'$any' at position 12 is not a property alias")]
    [TestCase("properties[a[properties[b]]", "missing closing ']'")]
    [TestCase("properties[a[properties[b]x]", "expected ']' at position 27")]
    public void Malformed_selections_say_what_and_where(string text, string expected)
    {
        Assert.That(PropertySelectionParser.TryParse(text, 5, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(expected));
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PropertySelectionParser.TryParse("properties[a[properties[b[properties[c]]]]]", 3, out _, out _), Is.True);
            Assert.That(PropertySelectionParser.TryParse("properties[a[properties[b[properties[c]]]]]", 2, out _, out var error), Is.False);
            Assert.That(error, Does.Contain("deeper than 2 levels"));
        }
    }
}
