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
            ServiceDescriptor.Singleton<IPropertyEditor, ImageCropperPropertyEditor>(),
        ]);
        return services;
    }
}
