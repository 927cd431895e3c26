using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Models;

/// <summary>
/// A file of a type we have no model for (templates, member types, dictionary…). <see cref="Root"/> keeps the element
/// with its whitespace so it is written back unchanged.
/// </summary>
public sealed record SyncUnsupportedItem : SyncItem
{
    public required XElement Root { get; init; }

    public override string ElementName => Root.Name.LocalName;
}
