using System.Text.Json.Nodes;
using Worcs.LocalOffer.ContentModel.StoredValues;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.ContentModel.Derived;

/// <summary>A capital fund plan's <c>total</c>: the sum of its allocations' amounts (0 when there are none).</summary>
public sealed class CapitalFundPlanTotal : IDerivedProperty
{
    public string DocumentTypeAlias => SendAliases.CapitalFundPlan;

    public string Alias => SendAliases.Total;

    public DerivedValueKind Kind => DerivedValueKind.Number;

    public Derived<object> ValueOf(Func<string, string?> stored, DateTimeOffset now) =>
        Derived<object>.Fixed(TotalOf(stored(SendAliases.Allocations)));

    public Derived<bool> Withholds(string propertyAlias, Func<string, string?> stored, DateTimeOffset now) => Derived<bool>.Fixed(false);

    public static decimal TotalOf(string? allocations)
    {
        if (!StoredJson.TryParse(allocations, out var node) || node is not JsonObject json)
        {
            return 0;
        }

        var blocks = BlockData.Read(json, PropertyEditorAliases.BlockList);
        return blocks.Layout
            .Select(entry => blocks.Content(entry.ContentKey)?.GetValue(SendAliases.Amount))
            .Sum(amount => StoredNumbers.TryRead(amount, out var value) ? value : 0);
    }
}
