namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>How a filter or sort field's values compare.</summary>
public enum FieldKind
{
    Text,
    Number,
    Date,
    Boolean,
    List,
}
