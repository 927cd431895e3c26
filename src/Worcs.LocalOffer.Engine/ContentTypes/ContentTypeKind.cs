namespace Worcs.LocalOffer.Engine.ContentTypes;

public enum ContentTypeKind
{
    Document,
    Media,
}
