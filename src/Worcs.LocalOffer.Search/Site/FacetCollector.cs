using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Site;

/// <summary>Counts content type, year and tag over every matching document, from doc values (no stored fields read).</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];
    private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
    private readonly BytesRef _scratch = new();
    private SortedDocValues? _typeValues;
    private NumericDocValues? _yearValues;
    private IBits? _yearPresent;
    private SortedSetDocValues? _tagValues;
    private int[] _typeOrds = [];
    private Dictionary<long, int> _tagOrds = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _typeValues = reader.GetSortedDocValues(IndexFieldNames.ItemType);
        _yearValues = reader.GetNumericDocValues(ContentFields.Year);
        _yearPresent = reader.GetDocsWithField(ContentFields.Year);
        _tagValues = reader.GetSortedSetDocValues(ContentFields.Tags);
        _typeOrds = new int[_typeValues?.ValueCount ?? 0];
        _tagOrds = [];
    }

    public void Collect(int doc)
    {
        if (_typeValues is not null && _typeValues.GetOrd(doc) is var typeOrd and >= 0)
        {
            _typeOrds[typeOrd]++;
        }

        if (_yearValues is not null && _yearPresent is not null && _yearPresent.Get(doc))
        {
            var year = (int)_yearValues.Get(doc);
            _years[year] = _years.GetValueOrDefault(year) + 1;
        }

        if (_tagValues is not null)
        {
            _tagValues.SetDocument(doc);
            for (var ord = _tagValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _tagValues.NextOrd())
            {
                _tagOrds[ord] = _tagOrds.GetValueOrDefault(ord) + 1;
            }
        }
    }

    public SiteSearchFacets Result()
    {
        Flush();
        return new SiteSearchFacets(
            Ordered(_types),
            [.. _years.OrderByDescending(pair => pair.Key).Select(pair => new FacetValue(pair.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), pair.Value))],
            Ordered(_tags));
    }

    private static List<FacetValue> Ordered(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new FacetValue(pair.Key, pair.Value))];

    // Ordinals are per segment, so they are turned into labels when the collector moves to the next segment.
    private void Flush()
    {
        if (_typeValues is not null)
        {
            for (var ord = 0; ord < _typeOrds.Length; ord++)
            {
                if (_typeOrds[ord] > 0)
                {
                    _typeValues.LookupOrd(ord, _scratch);
                    var label = _scratch.Utf8ToString();
                    _types[label] = _types.GetValueOrDefault(label) + _typeOrds[ord];
                }
            }
        }

        if (_tagValues is not null)
        {
            foreach (var (ord, count) in _tagOrds)
            {
                _tagValues.LookupOrd(ord, _scratch);
                var label = _scratch.Utf8ToString();
                _tags[label] = _tags.GetValueOrDefault(label) + count;
            }
        }

        _typeOrds = [];
        _tagOrds = [];
        _typeValues = null;
        _tagValues = null;
    }
}
