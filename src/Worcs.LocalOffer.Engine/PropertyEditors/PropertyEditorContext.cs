using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.DataTypes;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>What an editor needs to check a value: where it is, its data type, and a way to check nested elements.</summary>
public sealed record PropertyEditorContext(
    string Path,
    DataType DataType,
    JsonObject Configuration,
    ValidationMode Mode,
    IElementValidator Elements);
