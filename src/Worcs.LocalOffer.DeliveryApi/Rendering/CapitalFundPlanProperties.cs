using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Query;
using Worcs.LocalOffer.DeliveryApi.Rendering.Properties;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>A capital fund plan's <c>total</c>: the sum of its allocations' amounts (0 when there are none).</summary>
internal sealed class CapitalFundPlanProperties : IDerivedProperties
{
    public const string TypeAlias = "capitalFundPlan";

    public const string TotalAlias = "total";

    public bool AppliesTo(CachedType type) => type.Alias == TypeAlias;

    public bool Hides(string alias, Func<string, string?> getValue, RenderContext context) => false;

    public void Write(Utf8JsonWriter writer, CachedType type, Func<string, string?> getValue, PropertySelection fields, RenderContext context)
    {
        if (fields.Includes(TotalAlias) && !type.ByAlias.ContainsKey(TotalAlias))
        {
            writer.WriteNumber(TotalAlias, TotalOf(getValue("allocations")));
        }
    }

    public static decimal TotalOf(string? allocations)
    {
        if (!StoredJson.TryParse(allocations, out var node) || node is not JsonObject json)
        {
            return 0;
        }

        var blocks = BlockData.Read(json, PropertyEditorAliases.BlockList);
        return blocks.Layout
            .Select(entry => blocks.Content(entry.ContentKey)?.GetValue("amount"))
            .Sum(amount => NumberValueWriter.TryRead(amount, out var value) ? value : 0);
    }
}
