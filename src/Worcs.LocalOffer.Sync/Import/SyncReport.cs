using System.Text.Json;
using System.Text.Json.Serialization;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>What an import would do (or did): one change per file, in import order, and the problems found.</summary>
public sealed record SyncReport(IReadOnlyList<SyncItemChange> Changes, IReadOnlyList<SyncProblem> Problems)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public bool HasErrors => Problems.Any(problem => problem.Severity == SyncSeverity.Error);

    /// <summary>The changes that are not <see cref="SyncChangeKind.None"/>.</summary>
    public IEnumerable<SyncItemChange> Pending => Changes.Where(change => change.Kind != SyncChangeKind.None);

    public bool HasChanges => Pending.Any();

    public bool HasDataLoss => Changes.Any(change => change.DataLoss);

    /// <summary>camelCase JSON with enums as names, for <c>--json</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
