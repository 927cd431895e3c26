using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>A document or media file to import, with the stored node it updates (null when it creates one).</summary>
internal sealed record PlannedNode(SyncItemChange Change, SyncContent File, NodeSnapshot? Stored)
{
    /// <summary>Where the item goes: the file's parent, or for the top of a trashed branch the place it is restored to.</summary>
    public Guid? ParentKey { get; init; }

    /// <summary>The publish state and schedule the file means now; trashed items are only saved.</summary>
    public ContentScheduleState State { get; init; } = ContentScheduleState.None;

    /// <summary>How the item's type splits invariant values and cultures.</summary>
    public ContentShape Shape { get; init; } = ContentShape.Invariant(null);

    /// <summary>Moved to the recycle bin once every item is written (the top of a trashed branch; its descendants go with it).</summary>
    public bool Trash { get; init; }

    /// <summary>Taken out of the recycle bin, under <see cref="ParentKey"/>, before it is updated.</summary>
    public bool Restore { get; init; }

    /// <summary>True when the engine's scheduled publish and unpublish dates are to be set to <see cref="State"/>'s.</summary>
    public bool Reschedule => Change.Details.Any(detail => detail.StartsWith("schedule", StringComparison.Ordinal));
}
