using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

public static class PropertyEditorRegistration
{
    /// <summary>Registers every property editor in <see cref="PropertyEditorAliases"/> as an <see cref="IPropertyEditor"/> singleton.</summary>
    public static IServiceCollection AddPropertyEditors(this IServiceCollection services)
    {
        services.TryAddEnumerable(EditorTypes.Select(type => ServiceDescriptor.Singleton(typeof(IPropertyEditor), type)));
        return services;
    }

    /// <summary>One instance of every editor, for checking values without a service provider (the offline validator).</summary>
    public static IReadOnlyList<IPropertyEditor> CreateAll() =>
        [.. EditorTypes.Select(type => (IPropertyEditor)Activator.CreateInstance(type)!)];

    private static readonly Type[] EditorTypes =
    [
        typeof(TextBoxPropertyEditor),
        typeof(TextAreaPropertyEditor),
        typeof(RichTextPropertyEditor),
        typeof(IntegerPropertyEditor),
        typeof(DecimalPropertyEditor),
        typeof(TrueFalsePropertyEditor),
        typeof(DateOnlyPropertyEditor),
        typeof(DateTimeUnspecifiedPropertyEditor),
        typeof(DateTimeWithTimeZonePropertyEditor),
        typeof(DateTimePropertyEditor),
        typeof(TagsPropertyEditor),
        typeof(ContentPickerPropertyEditor),
        typeof(MediaPicker3PropertyEditor),
        typeof(MultiUrlPickerPropertyEditor),
        typeof(BlockListPropertyEditor),
        typeof(UploadFieldPropertyEditor),
        typeof(GMapsSinglePropertyEditor),
        typeof(LabelPropertyEditor),
        typeof(ListViewPropertyEditor),
        typeof(DropDownFlexiblePropertyEditor),
        typeof(RadioButtonListPropertyEditor),
        typeof(CheckBoxListPropertyEditor),
        typeof(ColorPickerPropertyEditor),
        typeof(EyeDropperColorPickerPropertyEditor),
        typeof(SliderPropertyEditor),
        typeof(EmailAddressPropertyEditor),
        typeof(MultipleTextstringPropertyEditor),
        typeof(MarkdownEditorPropertyEditor),
        typeof(TimeOnlyPropertyEditor),
        typeof(PlainStringPropertyEditor),
        typeof(PlainJsonPropertyEditor),
        typeof(PlainDecimalPropertyEditor),
        typeof(PlainIntegerPropertyEditor),
        typeof(PlainDateTimePropertyEditor),
        typeof(PlainTimePropertyEditor),
        typeof(MultiNodeTreePickerPropertyEditor),
        typeof(EntityDataPickerPropertyEditor),
        typeof(UserPickerPropertyEditor),
        typeof(MemberPickerPropertyEditor),
        typeof(MemberGroupPickerPropertyEditor),
        typeof(BlockGridPropertyEditor),
        typeof(SingleBlockPropertyEditor),
        typeof(ImageCropperPropertyEditor),
    ];
}
