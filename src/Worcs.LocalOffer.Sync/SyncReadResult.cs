using System.Diagnostics.CodeAnalysis;

namespace Worcs.LocalOffer.Sync;

/// <summary>The outcome of reading one file: the file, unless an error stopped it, and every problem found.</summary>
public sealed record SyncReadResult(SyncFile? File, IReadOnlyList<SyncProblem> Problems)
{
    [MemberNotNullWhen(true, nameof(File))]
    public bool Succeeded => File is not null;
}
