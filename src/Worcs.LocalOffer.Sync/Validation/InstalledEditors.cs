using System.Reflection;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Sync.Validation;

public static class InstalledEditors
{
    /// <summary>Every alias in <see cref="PropertyEditorAliases"/>: the editors this engine supports.</summary>
    public static IReadOnlySet<string> Engine { get; } = typeof(PropertyEditorAliases)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
