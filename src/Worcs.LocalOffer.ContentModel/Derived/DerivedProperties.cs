namespace Worcs.LocalOffer.ContentModel.Derived;

/// <summary>Every derived property of the content model, found by document type or by alias.</summary>
public sealed class DerivedProperties
{
    private readonly IDerivedProperty[] _all;

    public DerivedProperties(IEnumerable<IDerivedProperty> properties)
    {
        _all = [.. properties];
        var clash = _all.GroupBy(property => (property.DocumentTypeAlias, property.Alias)).FirstOrDefault(group => group.Count() > 1);
        if (clash is not null)
        {
            throw new ArgumentException($"Two derived properties are named '{clash.Key.Alias}' on document type '{clash.Key.DocumentTypeAlias}'.", nameof(properties));
        }
    }

    public IReadOnlyList<IDerivedProperty> All => _all;

    /// <summary>Those of a document type, in registration order.</summary>
    public IEnumerable<IDerivedProperty> Of(string documentTypeAlias) =>
        _all.Where(property => string.Equals(property.DocumentTypeAlias, documentTypeAlias, StringComparison.Ordinal));

    /// <summary>Those named <paramref name="alias"/> (case-insensitive), on whichever document types have one.</summary>
    public IReadOnlyList<IDerivedProperty> Named(string alias) =>
        [.. _all.Where(property => string.Equals(property.Alias, alias, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Whether any derived property of the type withholds <paramref name="propertyAlias"/> at <paramref name="now"/>.</summary>
    public Derived<bool> Withholds(string documentTypeAlias, string propertyAlias, Func<string, string?> stored, DateTimeOffset now)
    {
        var readsClock = false;
        DateTimeOffset? changesAt = null;
        foreach (var property in Of(documentTypeAlias))
        {
            var withheld = property.Withholds(propertyAlias, stored, now);
            readsClock |= withheld.ReadsClock;
            changesAt = Earliest(changesAt, withheld.ChangesAt);
            if (withheld.Value)
            {
                return new Derived<bool>(true, readsClock, changesAt);
            }
        }

        return new Derived<bool>(false, readsClock, changesAt);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
