namespace Worcs.LocalOffer.Engine.Results;

/// <summary>The outcome of an operation that returns no value. A failed result guarantees nothing was written.</summary>
public class OperationResult
{
    protected OperationResult(OperationStatus status, IReadOnlyList<ValidationError> errors)
    {
        Status = status;
        Errors = errors;
    }

    public OperationStatus Status { get; }

    public IReadOnlyList<ValidationError> Errors { get; }

    public bool Succeeded => Status == OperationStatus.Success;

    public static OperationResult Success() => new(OperationStatus.Success, []);

    public static OperationResult Fail(OperationStatus status, params ValidationError[] errors) => new(status, errors);

    public static OperationResult Fail(OperationStatus status, IReadOnlyList<ValidationError> errors) => new(status, errors);

    public static OperationResult NotFound(string path, Guid key) =>
        new(OperationStatus.NotFound, [new ValidationError(path, $"No item with key {key} exists.")]);

    public override string ToString() =>
        Succeeded ? "Success" : $"{Status}: {string.Join("; ", Errors)}";
}
