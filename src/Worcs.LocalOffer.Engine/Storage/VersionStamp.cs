namespace Worcs.LocalOffer.Engine.Storage;

/// <summary>A version's identity and date, without its values: what history clean-up decides on.</summary>
public sealed record VersionStamp(Guid Id, Guid NodeKey, DateTime CreateDate);
