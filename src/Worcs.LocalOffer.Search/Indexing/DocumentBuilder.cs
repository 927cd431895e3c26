using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>Turns a <see cref="ValueSet"/> into a Lucene document according to the index's field definitions.</summary>
internal sealed class DocumentBuilder(FieldDefinitionCollection definitions)
{
    // Lucene refuses terms longer than 32766 bytes; raw values that long are not keywords anyway.
    private const int MaxRawLength = 8_000;

    public Document Build(ValueSet valueSet)
    {
        var document = new Document
        {
            new StringField(IndexFieldNames.Id, valueSet.Id, Field.Store.YES),
            new StringField(IndexFieldNames.Category, valueSet.Category, Field.Store.YES),
            new StringField(IndexFieldNames.ItemType, valueSet.ItemType, Field.Store.YES),
            new SortedDocValuesField(IndexFieldNames.ItemType, new BytesRef(valueSet.ItemType)),
        };

        foreach (var (name, values) in valueSet.Values)
        {
            if (name is IndexFieldNames.Id or IndexFieldNames.Category or IndexFieldNames.ItemType || values.Count == 0)
            {
                continue;
            }

            AddField(document, definitions.Get(name), values);
        }

        return document;
    }

    private static void AddField(Document document, FieldDefinition definition, List<object> values)
    {
        var name = definition.Name;
        switch (definition.Type)
        {
            case FieldType.FullText:
            case FieldType.FullTextSortable:
                foreach (var value in values)
                {
                    var text = Text(value);
                    document.Add(new TextField(name, text, Field.Store.YES));
                    document.Add(new TextField(IndexFieldNames.Spell, text, Field.Store.NO));
                }

                if (definition.Type == FieldType.FullTextSortable)
                {
                    var sortKey = Text(values[0]).Trim().ToLowerInvariant();
                    document.Add(new SortedDocValuesField(IndexFieldNames.SortPrefix + name, new BytesRef(sortKey.Length > 200 ? sortKey[..200] : sortKey)));
                }

                break;
            case FieldType.Raw:
                foreach (var text in values.Select(Text).Where(text => text.Length <= MaxRawLength).Distinct(StringComparer.Ordinal))
                {
                    document.Add(new StringField(name, text, Field.Store.YES));
                    document.Add(new SortedSetDocValuesField(name, new BytesRef(text)));
                }

                break;
            case FieldType.Int:
                var ints = values.Select(value => (int)Number(value)).ToList();
                ints.ForEach(value => document.Add(new Int32Field(name, value, Field.Store.YES)));
                document.Add(new NumericDocValuesField(name, ints[0]));
                break;
            case FieldType.Long:
                var longs = values.Select(Number).ToList();
                longs.ForEach(value => document.Add(new Int64Field(name, value, Field.Store.YES)));
                document.Add(new NumericDocValuesField(name, longs[0]));
                break;
            case FieldType.DateTime:
                var ticks = values.Select(Ticks).ToList();
                ticks.ForEach(value => document.Add(new Int64Field(name, value, Field.Store.YES)));
                document.Add(new NumericDocValuesField(name, ticks[0]));
                break;
        }
    }

    private static string Text(object value) => value switch
    {
        string text => text,
        DateTime date => date.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static long Number(object value) => value switch
    {
        int number => number,
        long number => number,
        DateTime date => date.Ticks,
        IConvertible convertible => Convert.ToInt64(convertible, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"'{value}' is not a number."),
    };

    internal static long Ticks(object value) => value switch
    {
        DateTime date => (date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date).Ticks,
        DateTimeOffset offset => offset.UtcTicks,
        string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal).Ticks,
        _ => Number(value),
    };
}
