namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>
/// The checked cultures of a draft, and the default language's name among them (null when the draft has none), which is
/// the name the node goes by where no culture is asked for.
/// </summary>
internal sealed record PreparedCultures(Dictionary<string, NodeCultureVariant> Cultures, string? DefaultCultureName);
