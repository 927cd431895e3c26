namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>Which tree a node lives in. Umbraco keeps documents and media in separate trees.</summary>
public enum NodeKind
{
    Document,
    Media,
}
