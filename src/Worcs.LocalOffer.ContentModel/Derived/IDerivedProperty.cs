namespace Worcs.LocalOffer.ContentModel.Derived;

/// <summary>
/// A property the content model promises on a document type but editors do not type in, worked out from the stored
/// values (and, for some, the clock). Delivery, filtering, sorting and search all read it through this interface.
/// </summary>
public interface IDerivedProperty
{
    /// <summary>The document type that has it.</summary>
    string DocumentTypeAlias { get; }

    /// <summary>Its alias among the type's properties.</summary>
    string Alias { get; }

    DerivedValueKind Kind { get; }

    /// <summary>The value at <paramref name="now"/>: a <see cref="string"/> or a <see cref="decimal"/> as <see cref="Kind"/> says.</summary>
    Derived<object> ValueOf(Func<string, string?> stored, DateTimeOffset now);

    /// <summary>Whether the stored property <paramref name="propertyAlias"/> must be withheld (read as empty) at <paramref name="now"/>.</summary>
    Derived<bool> Withholds(string propertyAlias, Func<string, string?> stored, DateTimeOffset now);
}
