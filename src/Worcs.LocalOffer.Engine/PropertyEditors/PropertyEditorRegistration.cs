using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

public static class PropertyEditorRegistration
{
    /// <summary>Registers every property editor in <see cref="PropertyEditorAliases"/> as an <see cref="IPropertyEditor"/> singleton.</summary>
    public static IServiceCollection AddPropertyEditors(this IServiceCollection services)
    {
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IPropertyEditor, TextBoxPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, TextAreaPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, RichTextPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, IntegerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, DecimalPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, TrueFalsePropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, DateOnlyPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, DateTimeUnspecifiedPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, DateTimeWithTimeZonePropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, DateTimePropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, TagsPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, ContentPickerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, MediaPicker3PropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, MultiUrlPickerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, BlockListPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, UploadFieldPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, GMapsSinglePropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, LabelPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, ListViewPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, DropDownFlexiblePropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, RadioButtonListPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, CheckBoxListPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, ColorPickerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, EyeDropperColorPickerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, SliderPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, EmailAddressPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, MultipleTextstringPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, MarkdownEditorPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, TimeOnlyPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, PlainStringPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, PlainJsonPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, PlainDecimalPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, PlainIntegerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, PlainDateTimePropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, PlainTimePropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, MultiNodeTreePickerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, EntityDataPickerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, UserPickerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, MemberPickerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, MemberGroupPickerPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, BlockGridPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, SingleBlockPropertyEditor>(),
            ServiceDescriptor.Singleton<IPropertyEditor, ImageCropperPropertyEditor>(),
        ]);
        return services;
    }
}
