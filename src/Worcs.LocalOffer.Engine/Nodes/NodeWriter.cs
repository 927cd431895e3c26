using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.PropertyEditors.Limits;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Engine.Validation;
using Worcs.LocalOffer.Engine.Validation.Rules;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>Creates nodes and writes new draft versions: the shared core of document and media saving.</summary>
internal sealed class NodeWriter(PropertyEditorCollection editors, ContentRules rules, ValueSizeLimits limits, TimeProvider clock)
{
    public const int MaxNameLength = 255;

    public async Task<OperationResult<Node>> CreateAsync(IUnitOfWork unitOfWork, NodeKind kind, NodeCreateRequest request, ValidationMode mode, CancellationToken cancellationToken)
    {
        var typeKind = kind == NodeKind.Document ? ContentTypeKind.Document : ContentTypeKind.Media;
        var type = await unitOfWork.ContentTypes.GetByAliasAsync(typeKind, request.ContentTypeAlias, cancellationToken);
        if (type is null || type.IsElement)
        {
            return OperationResult<Node>.Fail(OperationStatus.Invalid, new ValidationError("contentType", $"There is no {typeKind.ToString().ToLowerInvariant()} type with alias '{request.ContentTypeAlias}'."));
        }

        var key = request.Key ?? Guid.NewGuid();
        if (await unitOfWork.Nodes.GetAsync(key, cancellationToken) is not null)
        {
            return OperationResult<Node>.Fail(OperationStatus.Conflict, new ValidationError("key", $"An item with key {key} already exists."));
        }

        var placement = await TreeRules.CheckPlacementAsync(unitOfWork, kind, type, request.ParentKey, cancellationToken);
        if (!placement.Succeeded)
        {
            return OperationResult<Node>.From(placement);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var parent = placement.Value;
        var node = new Node
        {
            Key = key,
            Kind = kind,
            ContentTypeKey = type.Key,
            ParentKey = request.ParentKey,
            Path = TreePath.Of(key, parent?.Path ?? TreePath.Root),
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = request.SortOrder ?? await Siblings.NextSortOrderAsync(unitOfWork, kind, request.ParentKey, cancellationToken),
            CreateDate = request.CreateDate ?? now,
        };
        var written = await WriteDraftAsync(unitOfWork, node, type, request.Name, request.Values ?? new Dictionary<string, string?>(), request.Cultures, mode, cancellationToken);
        if (!written.Succeeded)
        {
            return written;
        }

        unitOfWork.Nodes.Add(node);
        return written;
    }

    public async Task<OperationResult<Node>> UpdateAsync(IUnitOfWork unitOfWork, NodeKind kind, NodeUpdateRequest request, ValidationMode mode, CancellationToken cancellationToken)
    {
        var node = await unitOfWork.Nodes.GetAsync(request.Key, cancellationToken);
        if (node is null || node.Kind != kind)
        {
            return OperationResult<Node>.NotFound("key", request.Key);
        }

        if (request.ExpectedRevision is { } expected && expected != node.Revision)
        {
            return OperationResult<Node>.Fail(OperationStatus.Conflict, new ValidationError("revision", $"This item was changed by someone else (revision {node.Revision}, you loaded {expected}); reload it and try again."));
        }

        if (node.Trashed)
        {
            return OperationResult<Node>.Fail(OperationStatus.NotAllowed, new ValidationError("key", "Items in the recycle bin cannot be edited; restore it first."));
        }

        var type = await unitOfWork.ContentTypes.GetAsync(node.ContentTypeKey, cancellationToken);
        var written = await WriteDraftAsync(unitOfWork, node, type!, request.Name, request.Values, request.Cultures, mode, cancellationToken);
        if (written.Succeeded)
        {
            node.Revision++;
        }

        return written;
    }

    /// <summary>Validates the name and values, then adds a new draft version and points the node at it.</summary>
    private async Task<OperationResult<Node>> WriteDraftAsync(
        IUnitOfWork unitOfWork,
        Node node,
        ContentType type,
        string name,
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyDictionary<string, CultureVariantRequest>? cultures,
        ValidationMode mode,
        CancellationToken cancellationToken)
    {
        var schema = await Schema.Schema.LoadAsync(unitOfWork, type.Key, cancellationToken);
        var validator = new ContentValidator(schema, editors, rules, limits);
        var errors = NameErrors(name);
        var byAlias = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, value) in values)
        {
            if (!byAlias.TryAdd(alias, value))
            {
                errors.Add(new ValidationError($"properties.{alias}", $"The property '{alias}' is given more than once."));
            }
        }

        values = byAlias;
        var scope = type.VariesByCulture() ? VariantScope.Invariant : VariantScope.All;
        var properties = schema.PropertiesOf(type);
        errors.AddRange(validator.Validate(type, values, "properties", mode, scope));
        var variants = await CultureDrafts.PrepareAsync(unitOfWork, node, type, properties, validator, cultures, mode, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return OperationResult<Node>.Fail(OperationStatus.Invalid, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var trimmedName = variants.DefaultCultureName ?? name.Trim();
        var version = new NodeVersion
        {
            Id = Guid.CreateVersion7(),
            NodeKey = node.Key,
            Name = trimmedName,
            UrlSegment = await Siblings.UniqueUrlSegmentAsync(unitOfWork, node.Kind, node.ParentKey, trimmedName, node.Key, cancellationToken),
            Values = StoredValues.Prepare(validator, ContentValidator.PropertiesIn(type, properties, scope), values, mode),
            Cultures = variants.Cultures,
            CreateDate = now,
        };
        unitOfWork.Versions.Add(version);
        node.Name = version.Name;
        node.UrlSegment = version.UrlSegment;
        node.DraftVersionId = version.Id;
        node.UpdateDate = now;
        return OperationResult<Node>.Success(node);
    }

    internal static List<ValidationError> NameErrors(string name)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new ValidationError("name", "A name is required."));
        }
        else if (name.Trim().Length > MaxNameLength)
        {
            errors.Add(new ValidationError("name", $"The name is {name.Trim().Length} characters long; the limit is {MaxNameLength}."));
        }

        return errors;
    }
}
