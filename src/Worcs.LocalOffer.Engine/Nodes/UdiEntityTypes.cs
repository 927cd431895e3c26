namespace Worcs.LocalOffer.Engine.Nodes;

public static class UdiEntityTypes
{
    public const string Document = Umbraco.Cms.Core.Constants.UdiEntityType.Document;

    public const string Media = Umbraco.Cms.Core.Constants.UdiEntityType.Media;

    public const string Member = Umbraco.Cms.Core.Constants.UdiEntityType.Member;
}
