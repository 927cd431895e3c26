using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>A document or media file to import, with the stored node it updates (null when it creates one).</summary>
internal sealed record PlannedNode(SyncItemChange Change, SyncContent File, NodeSnapshot? Stored);
