using System.Globalization;
using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Writing;

/// <summary>Element factories with uSync's spellings of values.</summary>
internal static class XmlBuild
{
    /// <summary><c>&lt;X /&gt;</c> for <see langword="null"/>, <c>&lt;X&gt;&lt;/X&gt;</c> for empty.</summary>
    public static XElement Text(string name, string? value) => new(name, value);

    public static XElement Cdata(string name, string value) => new(name, new XCData(value));

    /// <summary>Most booleans are serialised by XML rules: <c>true</c>/<c>false</c>.</summary>
    public static XElement Bool(string name, bool value) => new(name, value ? "true" : "false");

    /// <summary>uSync writes a few booleans with <c>ToString()</c>: <c>True</c>/<c>False</c>.</summary>
    public static XElement PascalBool(string name, bool value) => new(name, value ? "True" : "False");

    public static XElement Int(string name, int value) => new(name, Number(value));

    public static XElement Guid(string name, Guid value) => new(name, Key(value));

    public static XElement Reference(string name, SyncReference reference) =>
        new(name, new XAttribute("Key", Key(reference.Key)), reference.Alias);

    public static string Key(Guid value) => value.ToString("D");

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The root element with <c>Key</c>, <c>Alias</c> and <c>Level</c>, then any unknown attributes.</summary>
    public static XElement Root(SyncItem item, int level) =>
        new(
            item.ElementName,
            new XAttribute("Key", Key(item.Key)),
            new XAttribute("Alias", item.Alias),
            new XAttribute("Level", Number(level)),
            item.ExtraAttributes.Select(attribute => new XAttribute(attribute)));

    /// <summary>Copies of extra elements, so one model can be written many times.</summary>
    public static IEnumerable<XElement> Copies(IEnumerable<XElement> elements) =>
        elements.Select(element => new XElement(element));
}
