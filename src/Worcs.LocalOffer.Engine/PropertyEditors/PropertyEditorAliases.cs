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
    public const string DropDownFlexible = "Umbraco.DropDown.Flexible";
    public const string RadioButtonList = "Umbraco.RadioButtonList";
    public const string CheckBoxList = "Umbraco.CheckBoxList";
    public const string ColorPicker = "Umbraco.ColorPicker";
    public const string ColorPickerEyeDropper = "Umbraco.ColorPicker.EyeDropper";
    public const string Slider = "Umbraco.Slider";
    public const string EmailAddress = "Umbraco.EmailAddress";
    public const string MultipleTextstring = "Umbraco.MultipleTextstring";
    public const string MarkdownEditor = "Umbraco.MarkdownEditor";
    public const string TimeOnly = "Umbraco.TimeOnly";
    public const string PlainString = "Umbraco.Plain.String";
    public const string PlainJson = "Umbraco.Plain.Json";
    public const string PlainDecimal = "Umbraco.Plain.Decimal";
    public const string PlainInteger = "Umbraco.Plain.Integer";
    public const string PlainDateTime = "Umbraco.Plain.DateTime";
    public const string PlainTime = "Umbraco.Plain.Time";
    public const string MultiNodeTreePicker = "Umbraco.MultiNodeTreePicker";
    public const string EntityDataPicker = "Umbraco.EntityDataPicker";
    public const string UserPicker = "Umbraco.UserPicker";
    public const string MemberPicker = "Umbraco.MemberPicker";
    public const string MemberGroupPicker = "Umbraco.MemberGroupPicker";
    public const string BlockGrid = "Umbraco.BlockGrid";
    public const string SingleBlock = "Umbraco.SingleBlock";
    public const string ImageCropper = "Umbraco.ImageCropper";
}
