using Worcs.LocalOffer.Engine.ContentTypes;

namespace Worcs.LocalOffer.Testing.Builders;

/// <summary>Fluent test-data builder for document, media and element types.</summary>
public sealed class ContentTypeBuilder
{
    private readonly ContentType _type;

    public ContentTypeBuilder(string alias, ContentTypeKind kind = ContentTypeKind.Document)
    {
        _type = new ContentType { Key = Guid.NewGuid(), Alias = alias, Name = alias, Kind = kind };
    }

    public ContentTypeBuilder AllowedAtRoot()
    {
        _type.AllowedAtRoot = true;
        return this;
    }

    public ContentTypeBuilder AsElement()
    {
        _type.IsElement = true;
        return this;
    }

    /// <summary>The type varies by culture; properties vary only where added with <see cref="WithCultureProperty"/>.</summary>
    public ContentTypeBuilder VaryingByCulture()
    {
        _type.Variations = ContentVariation.Culture;
        return this;
    }

    /// <summary>A property with a value per culture (the type must vary by culture too).</summary>
    public ContentTypeBuilder WithCultureProperty(string alias, Guid dataTypeKey, bool mandatory = false)
    {
        WithProperty(alias, dataTypeKey, mandatory);
        _type.Properties[^1].Variations = ContentVariation.Culture;
        return this;
    }

    public ContentTypeBuilder AllowingChildren(params ContentType[] children)
    {
        _type.AllowedChildTypeKeys.AddRange(children.Select(child => child.Key));
        return this;
    }

    public ContentTypeBuilder ComposedOf(params ContentType[] compositions)
    {
        _type.CompositionKeys.AddRange(compositions.Select(composition => composition.Key));
        return this;
    }

    public ContentTypeBuilder WithProperty(string alias, Guid dataTypeKey, bool mandatory = false, string? regex = null, string? regexMessage = null)
    {
        _type.Properties.Add(new PropertyType
        {
            Key = Guid.NewGuid(),
            Alias = alias,
            Name = alias,
            DataTypeKey = dataTypeKey,
            Mandatory = mandatory,
            ValidationRegex = regex,
            ValidationRegexMessage = regexMessage,
            SortOrder = _type.Properties.Count,
        });
        return this;
    }

    public ContentType Build() => _type;
}
