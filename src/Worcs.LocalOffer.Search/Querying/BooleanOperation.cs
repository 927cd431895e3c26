namespace Worcs.LocalOffer.Search.Querying;

public enum BooleanOperation
{
    And,
    Or,
    Not,
}
