using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Models;

/// <summary>The root element of one uSync file, read into a model.</summary>
/// <remarks>
/// <see cref="ExtraAttributes"/> and <see cref="ExtraElements"/> hold root attributes and child elements the model does
/// not know, in file order, so that writing never drops data. They are written after the known ones.
/// </remarks>
public abstract record SyncItem
{
    public Guid Key { get; init; }

    public string Alias { get; init; } = "";

    /// <summary>The root element name: <c>DataType</c>, <c>ContentType</c>, <c>Empty</c>, <c>uSync</c>…</summary>
    public abstract string ElementName { get; }

    public IReadOnlyList<XAttribute> ExtraAttributes { get; init; } = [];

    public IReadOnlyList<XElement> ExtraElements { get; init; } = [];
}
