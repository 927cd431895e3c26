namespace Worcs.LocalOffer.Engine.Results;

/// <summary>The expected outcomes of an engine operation. Unexpected failures are exceptions.</summary>
public enum OperationStatus
{
    Success,
    NotFound,
    Invalid,
    Conflict,
    NotAllowed,
}
