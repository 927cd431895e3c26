namespace Worcs.LocalOffer.Sync;

/// <summary>One problem with a uSync file; <see cref="ToString"/> gives <c>path:line: message</c>.</summary>
public sealed record SyncProblem(SyncSeverity Severity, string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
