using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

internal sealed record ElementCall(Guid ElementTypeKey, IReadOnlyDictionary<string, string?> Values, string Path, ValidationMode Mode);
