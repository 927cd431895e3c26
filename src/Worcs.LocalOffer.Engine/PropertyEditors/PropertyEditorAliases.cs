namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco 17 property-editor aliases, plus the GMaps single map editor.</summary>
public static class PropertyEditorAliases
{
    public const string TextBox = "Umbraco.TextBox";
    public const string TextArea = "Umbraco.TextArea";
    public const string RichText = "Umbraco.RichText";
    public const string Integer = "Umbraco.Integer";
    public const string Decimal = "Umbraco.Decimal";
    public const string TrueFalse = "Umbraco.TrueFalse";
    public const string DateOnly = "Umbraco.DateOnly";
    public const string DateTimeUnspecified = "Umbraco.DateTimeUnspecified";
    public const string DateTimeWithTimeZone = "Umbraco.DateTimeWithTimeZone";
    public const string DateTime = "Umbraco.DateTime";
    public const string Tags = "Umbraco.Tags";
    public const string ContentPicker = "Umbraco.ContentPicker";
    public const string MediaPicker3 = "Umbraco.MediaPicker3";
    public const string MultiUrlPicker = "Umbraco.MultiUrlPicker";
    public const string BlockList = "Umbraco.BlockList";
    public const string UploadField = "Umbraco.UploadField";
    public const string GMapsSingle = "Our.Umbraco.GMaps.Single";
    public const string Label = "Umbraco.Label";
    public const string ListView = "Umbraco.ListView";
    public const string ImageCropper = "Umbraco.ImageCropper";
}
