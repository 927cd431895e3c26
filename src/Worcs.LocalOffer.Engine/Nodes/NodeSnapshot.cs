namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>A node with its draft and (if any) published version, as read in one transaction.</summary>
public sealed record NodeSnapshot(Node Node, NodeVersion Draft, NodeVersion? Published);
