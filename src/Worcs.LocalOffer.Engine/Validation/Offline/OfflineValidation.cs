using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.PropertyEditors.Limits;
using Worcs.LocalOffer.Engine.Validation.Rules;

namespace Worcs.LocalOffer.Engine.Validation.Offline;

/// <summary>
/// The engine's own rules (editors, content rules, value size limits), for checking a schema and its content held
/// in memory, such as a uSync folder, without storage. Registered by <c>AddLocalOfferEngine</c> with the site's
/// configuration and <see cref="IContentRule"/>s; <see cref="Defaults"/> has every editor, no content rules and the built-in limits.
/// </summary>
public sealed class OfflineValidation(PropertyEditorCollection editors, ContentRules rules, ValueSizeLimits limits)
{
    public static OfflineValidation Defaults { get; } = new(
        new PropertyEditorCollection(PropertyEditorRegistration.CreateAll()),
        new ContentRules(Options.Create(new ContentRulesSettings()), []),
        ValueSizeLimits.Defaults);

    public PropertyEditorCollection Editors => editors;

    /// <summary>A schema of exactly these types and data types (later ones win over earlier ones with the same key).</summary>
    public OfflineSchema Load(IEnumerable<DataType> dataTypes, IEnumerable<ContentType> types)
    {
        var dataTypesByKey = new Dictionary<Guid, DataType>();
        foreach (var dataType in dataTypes)
        {
            dataTypesByKey[dataType.Key] = dataType;
        }

        var typesByKey = new Dictionary<Guid, ContentType>();
        foreach (var type in types)
        {
            typesByKey[type.Key] = type;
        }

        return new OfflineSchema(dataTypesByKey, typesByKey, new ContentValidator(Schema.Schema.FromMemory(typesByKey.Values, dataTypesByKey.Values), editors, rules, limits), editors);
    }
}
