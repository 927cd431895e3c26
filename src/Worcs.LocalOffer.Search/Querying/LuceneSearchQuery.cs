using Lucene.Net.Index;
using Lucene.Net.Search;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Querying;

/// <summary>The fluent query: clauses are joined by the pending operation into one Lucene <see cref="BooleanQuery"/>.</summary>
internal sealed class LuceneSearchQuery : IQuery, IBooleanOperation
{
    private readonly SearchIndex _index;
    private readonly string? _category;
    private readonly BooleanQuery _query = new();
    private readonly List<SortField> _sort = [];
    private Occur _next;

    public LuceneSearchQuery(SearchIndex index, string? category, BooleanOperation defaultOperation)
    {
        _index = index;
        _category = category;
        _next = ToOccur(defaultOperation);
    }

    internal Query LuceneQuery
    {
        get
        {
            var query = _query.Clauses.Count == 0 ? new MatchAllDocsQuery() : (Query)_query;
            if (_category is null)
            {
                return query;
            }

            var filtered = new BooleanQuery
            {
                { query, Occur.MUST },
                { QueryFilters.Filter(new TermQuery(new Term(IndexFieldNames.Category, _category))), Occur.MUST },
            };
            return filtered;
        }
    }

    public IBooleanOperation Field(string field, string value)
    {
        var definition = _index.FieldDefinitions.Get(field);
        if (field is IndexFieldNames.Id or IndexFieldNames.Category or IndexFieldNames.ItemType || definition.Type == FieldType.Raw)
        {
            return Add(new TermQuery(new Term(field, value)));
        }

        if (definition.Type is FieldType.Int or FieldType.Long && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return RangeQuery(field, number, number);
        }

        var tokens = ManagedQueryBuilder.Analyse(_index.Analyzers.QueryText, value);
        if (tokens.Count == 1)
        {
            return Add(new TermQuery(new Term(field, tokens[0].Term)));
        }

        var phrase = new PhraseQuery();
        tokens.ForEach(token => phrase.Add(new Term(field, token.Term), token.Position));
        return Add(tokens.Count == 0 ? new BooleanQuery { { new TermQuery(new Term(IndexFieldNames.Id, "")), Occur.MUST } } : phrase);
    }

    public IBooleanOperation Field(string field, int value) => RangeQuery(field, value, value);

    public IBooleanOperation Id(string id) => Add(new TermQuery(new Term(IndexFieldNames.Id, id)));

    public IBooleanOperation GroupedOr(IEnumerable<string> fields, params string[] values)
    {
        var group = new BooleanQuery();
        foreach (var field in fields)
        {
            foreach (var value in values)
            {
                group.Add(((LuceneSearchQuery)new LuceneSearchQuery(_index, null, BooleanOperation.And).Field(field, value)).LuceneQuery, Occur.SHOULD);
            }
        }

        return Add(group);
    }

    public IBooleanOperation ManagedQuery(string? text, IReadOnlyList<string>? fields = null)
    {
        var boosts = fields is null
            ? _index.Searcher.TextFields()
            : fields.Select(field => new TextFieldBoost(field, _index.FieldDefinitions.Get(field).Boost)).ToList();
        return Add(new ManagedQueryBuilder(_index.Analyzers).Build(UserQueryText.Parse(text), boosts, requireAll: true));
    }

    public IBooleanOperation RangeQuery(string field, long? min, long? max, bool minInclusive = true, bool maxInclusive = true) =>
        Add(_index.FieldDefinitions.Get(field).Type == FieldType.Int
            ? NumericRangeQuery.NewInt32Range(field, (int?)min, (int?)max, minInclusive, maxInclusive)
            : NumericRangeQuery.NewInt64Range(field, min, max, minInclusive, maxInclusive));

    public IBooleanOperation RangeQuery(string field, DateTime? min, DateTime? max, bool minInclusive = true, bool maxInclusive = true) =>
        Add(NumericRangeQuery.NewInt64Range(field, min is null ? null : DocumentBuilder.Ticks(min), max is null ? null : DocumentBuilder.Ticks(max), minInclusive, maxInclusive));

    public IBooleanOperation NativeQuery(Query query) => Add(query);

    public IBooleanOperation All() => Add(new MatchAllDocsQuery());

    public IBooleanOperation Group(Func<IQuery, IBooleanOperation> inner, BooleanOperation defaultOperation = BooleanOperation.Or)
    {
        var nested = new LuceneSearchQuery(_index, null, defaultOperation);
        inner(nested);
        return Add(nested.LuceneQuery);
    }

    public IQuery And() => Next(Occur.MUST);

    public IQuery Or() => Next(Occur.SHOULD);

    public IQuery Not() => Next(Occur.MUST_NOT);

    public IBooleanOperation And(Func<IQuery, IBooleanOperation> inner) => Next(Occur.MUST).Group(inner, BooleanOperation.And);

    public IBooleanOperation Or(Func<IQuery, IBooleanOperation> inner) => Next(Occur.SHOULD).Group(inner, BooleanOperation.And);

    public IBooleanOperation AndNot(Func<IQuery, IBooleanOperation> inner) => Next(Occur.MUST_NOT).Group(inner, BooleanOperation.And);

    public IOrdering OrderBy(params SortableField[] fields) => Order(fields, descending: false);

    public IOrdering OrderByDescending(params SortableField[] fields) => Order(fields, descending: true);

    public SearchResults Execute(QueryOptions? options = null)
    {
        options ??= new QueryOptions();
        var skip = Math.Max(0, options.Skip);
        var take = Math.Clamp(options.Take, 0, QueryOptions.MaxTake);
        using var lease = _index.AcquireSearcher();
        var searcher = lease.Searcher;
        var wanted = Math.Max(1, skip + take);
        var query = LuceneQuery;
        var top = _sort.Count == 0
            ? searcher.Search(query, wanted)
            : searcher.Search(query, null, wanted, new Sort([.. _sort, SortField.FIELD_SCORE]), doDocScores: true, doMaxScore: false);
        var items = top.ScoreDocs.Skip(skip).Take(take).Select(hit => StoredValues.Read(searcher, hit)).ToList();
        return new SearchResults(top.TotalHits, items);
    }

    private LuceneSearchQuery Add(Query clause)
    {
        // A query that starts with Not() still needs something to subtract from.
        if (_next == Occur.MUST_NOT && _query.Clauses.Count == 0)
        {
            _query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        _query.Add(clause, _next);
        return this;
    }

    private LuceneSearchQuery Next(Occur occur)
    {
        _next = occur;
        return this;
    }

    private LuceneSearchQuery Order(SortableField[] fields, bool descending)
    {
        foreach (var field in fields)
        {
            _sort.Add(field.Type switch
            {
                SortType.Score => new SortField(null, SortFieldType.SCORE, !descending),
                SortType.String => new SortField(IndexFieldNames.SortPrefix + field.Name, SortFieldType.STRING, descending),
                SortType.Int => new SortField(field.Name, SortFieldType.INT32, descending),
                SortType.Long or SortType.DateTime => new SortField(field.Name, SortFieldType.INT64, descending),
            });
        }

        return this;
    }

    private static Occur ToOccur(BooleanOperation operation) => operation switch
    {
        BooleanOperation.And => Occur.MUST,
        BooleanOperation.Or => Occur.SHOULD,
        BooleanOperation.Not => Occur.MUST_NOT,
    };
}
