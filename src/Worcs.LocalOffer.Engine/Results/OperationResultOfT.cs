namespace Worcs.LocalOffer.Engine.Results;

/// <summary>The outcome of an operation that returns <typeparamref name="T"/> when it succeeds.</summary>
public sealed class OperationResult<T> : OperationResult
{
    private OperationResult(OperationStatus status, IReadOnlyList<ValidationError> errors, T? value)
        : base(status, errors) => Value = value;

    public T? Value { get; }

    public static OperationResult<T> Success(T value) => new(OperationStatus.Success, [], value);

    public static new OperationResult<T> Fail(OperationStatus status, params ValidationError[] errors) => new(status, errors, default);

    public static new OperationResult<T> Fail(OperationStatus status, IReadOnlyList<ValidationError> errors) => new(status, errors, default);

    public static OperationResult<T> From(OperationResult failure) => new(failure.Status, failure.Errors, default);

    public static new OperationResult<T> NotFound(string path, Guid key) =>
        new(OperationStatus.NotFound, [new ValidationError(path, $"No item with key {key} exists.")], default);
}
