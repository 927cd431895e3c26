using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// An editor that checks its data type's configuration when the data type is saved, so that a setting the editor
/// cannot work with is refused there rather than when a value is checked. Paths start with <c>configuration</c>.
/// </summary>
public interface IConfigurationValidator
{
    IEnumerable<ValidationError> ValidateConfiguration(JsonObject configuration);
}
