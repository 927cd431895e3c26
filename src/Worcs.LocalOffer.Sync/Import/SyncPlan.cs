using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Languages;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>Everything an import would change, worked out before anything is written.</summary>
internal sealed class SyncPlan
{
    public List<SyncProblem> Problems { get; } = [];

    /// <summary>Languages come first: content and types may use them.</summary>
    public List<PlannedChange<Language>> Languages { get; } = [];

    public List<PlannedChange<DataType>> DataTypes { get; } = [];

    /// <summary>In composition order: a type comes after the types it composes.</summary>
    public List<PlannedChange<ContentType>> ContentTypes { get; } = [];

    /// <summary>Media, then documents, each parents first.</summary>
    public List<PlannedNode> Nodes { get; } = [];

    /// <summary>Clean markers' documents and media, then Delete markers' documents, media, types and data types, then languages: each after what may use it.</summary>
    public List<SyncItemChange> Deletes { get; } = [];

    public bool HasErrors => Problems.Any(problem => problem.Severity == SyncSeverity.Error);

    public IEnumerable<SyncItemChange> Changes =>
        Languages.Select(planned => planned.Change)
            .Concat(DataTypes.Select(planned => planned.Change))
            .Concat(ContentTypes.Select(planned => planned.Change))
            .Concat(Nodes.Select(planned => planned.Change))
            .Concat(Deletes);

    public SyncReport ToReport() => new([.. Changes], [.. Problems]);

    public void Error(string file, string message) => Problems.Add(new SyncProblem(SyncSeverity.Error, file, null, message));
}
