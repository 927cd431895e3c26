using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Reading;

/// <summary>
/// Takes the known children and attributes of one element, in any order, and hands back the rest so that models can
/// keep what they do not understand.
/// </summary>
internal sealed class ElementReader(XElement element)
{
    private readonly List<XElement> _children = [.. element.Elements()];
    private readonly HashSet<XElement> _taken = [];
    private readonly HashSet<string> _takenAttributes = [];

    public XElement Element { get; } = element;

    /// <summary><see langword="null"/> for <c>&lt;X /&gt;</c>, empty for <c>&lt;X&gt;&lt;/X&gt;</c>.</summary>
    public static string? TextOf(XElement element) => element.IsEmpty ? null : element.Value;

    public XElement? Optional(string name)
    {
        var found = _children.Find(child => child.Name.LocalName == name && !_taken.Contains(child));
        if (found is not null)
        {
            _taken.Add(found);
        }

        return found;
    }

    public XElement Required(string name) =>
        Optional(name) ?? throw new SyncFormatException(
            XmlLines.Of(Element),
            $"<{name}> is missing in <{Element.Name.LocalName}>");

    public List<XElement> All(string name)
    {
        var found = _children.Where(child => child.Name.LocalName == name && !_taken.Contains(child)).ToList();
        _taken.UnionWith(found);
        return found;
    }

    public string? Text(string name) => Optional(name) is { } found ? TextOf(found) : null;

    public string RequiredText(string name) => Required(name).Value;

    public Guid RequiredGuid(string name)
    {
        var found = Required(name);
        return XmlValues.Guid(found, found.Value);
    }

    public bool Bool(string name) => Optional(name) is { } found && XmlValues.Bool(found, found.Value);

    public int Int(string name) => Optional(name) is { } found ? XmlValues.Int(found, found.Value) : 0;

    public int? NullableInt(string name) =>
        Optional(name) is { } found ? XmlValues.NullableInt(found, found.Value) : null;

    public string? Attribute(string name)
    {
        _takenAttributes.Add(name);
        return Element.Attribute(name)?.Value;
    }

    public string RequiredAttribute(string name) =>
        Attribute(name) ?? throw new SyncFormatException(
            XmlLines.Of(Element),
            $"<{Element.Name.LocalName}> has no {name} attribute");

    public Guid GuidAttribute(string name)
    {
        var text = RequiredAttribute(name);
        return XmlValues.Guid(Element.Attribute(name)!, text);
    }

    public int IntAttribute(string name)
    {
        var text = RequiredAttribute(name);
        return XmlValues.Int(Element.Attribute(name)!, text);
    }

    public IReadOnlyList<XElement> ExtraElements() =>
        [.. _children.Where(child => !_taken.Contains(child)).Select(ExtraXml.Detach)];

    public IReadOnlyList<XAttribute> ExtraAttributes() =>
        [.. Element.Attributes().Where(a => !_takenAttributes.Contains(a.Name.LocalName)).Select(a => new XAttribute(a))];
}
