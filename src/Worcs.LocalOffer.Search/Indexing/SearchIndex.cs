using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Search.Analysis;
using Worcs.LocalOffer.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>
/// One named Lucene index in its own folder: a single writer, a near-real-time searcher, and rebuilds that build a
/// new generation beside the current one and swap to it only when complete.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string CommittedKey = "committedUtc";
    private const string SchemaKey = "schema";

    private readonly System.Threading.Lock _gate = new();
    private readonly SemaphoreSlim _rebuilds = new(1, 1);
    private readonly IndexGenerations _generations;
    private readonly ILogger _logger;
    private readonly DocumentBuilder _documents;
    private Generation? _current;
    private List<Action<IndexWriter>>? _journal;
    private DateTime? _lastRebuildUtc;
    private string? _lastRebuildError;
    private bool _disposed;

    public SearchIndex(string name, string folder, FieldDefinitionCollection fieldDefinitions, SearchAnalyzers analyzers, string schemaVersion, ILogger logger)
    {
        Name = name;
        FieldDefinitions = fieldDefinitions;
        Analyzers = analyzers;
        SchemaVersion = schemaVersion;
        _logger = logger;
        _generations = new IndexGenerations(folder);
        _documents = new DocumentBuilder(fieldDefinitions);
        Searcher = new IndexQueryFactory(this);
    }

    public string Name { get; }

    public FieldDefinitionCollection FieldDefinitions { get; }

    public SearchAnalyzers Analyzers { get; }

    /// <summary>Changes whenever the field layout or analysis changes; an index written with another value needs a rebuild.</summary>
    public string SchemaVersion { get; }

    /// <summary>Examine-style entry point: <c>index.Searcher.CreateQuery("content").Field(…)…Execute()</c>.</summary>
    public IndexQueryFactory Searcher { get; }

    /// <summary>Set when opening found the index missing, corrupt or from an older schema: a rebuild is due.</summary>
    public bool NeedsRebuild { get; private set; }

    public IndexHealth Health { get; private set; } = IndexHealth.Missing;

    /// <summary>Opens the current generation, replacing it with an empty one when it is missing or unreadable.</summary>
    public void Open(bool verify)
    {
        lock (_gate)
        {
            _current?.Dispose();
            _current = null;
            var folder = _generations.Current();
            if (folder is null)
            {
                _logger.LogWarning("Search index {Index} has no current folder under {Folder}; starting empty, a rebuild is due", Name, _generations.IndexFolder);
                OpenEmpty(IndexHealth.Missing);
                return;
            }

            try
            {
                _current = Generation.Open(folder, Analyzers, verify, create: false);
                var schema = _current.CommitData.GetValueOrDefault(SchemaKey);
                Health = IndexHealth.Healthy;
                NeedsRebuild = schema != SchemaVersion;
                if (NeedsRebuild)
                {
                    _logger.LogWarning("Search index {Index} was written with schema {Found}, expected {Expected}; a rebuild is due", Name, schema ?? "(none)", SchemaVersion);
                }

                _generations.DeleteAllExcept(folder);
            }
            catch (LockObtainFailedException exception)
            {
                // Another process (or another host in the same content root) owns this index: never replace it.
                throw new InvalidOperationException($"The search index folder {folder} is locked by another writer; give each process its own LocalOffer:Search:IndexRoot.", exception);
            }
            catch (Exception exception) when (IsUnreadable(exception))
            {
                _logger.LogError(exception, "Search index {Index} at {Folder} is unreadable; replacing it with an empty index, a rebuild is due", Name, folder);
                _current?.Dispose();
                _current = null;
                OpenEmpty(IndexHealth.Corrupt);
            }
        }
    }

    /// <summary>Adds or replaces items (by id). Visible to searches after <see cref="Commit"/>.</summary>
    public void Index(IEnumerable<ValueSet> valueSets)
    {
        var documents = valueSets.Select(valueSet => (valueSet.Id, Document: _documents.Build(valueSet))).ToList();
        Write(writer =>
        {
            foreach (var (id, document) in documents)
            {
                writer.UpdateDocument(new Term(IndexFieldNames.Id, id), document);
            }
        });
    }

    public void Delete(IEnumerable<string> ids)
    {
        var terms = ids.Select(id => new Term(IndexFieldNames.Id, id)).ToArray();
        if (terms.Length > 0)
        {
            Write(writer => writer.DeleteDocuments(terms));
        }
    }

    /// <summary>Commits pending changes durably and makes them visible to new searches.</summary>
    public void Commit()
    {
        lock (_gate)
        {
            var current = Current();
            current.Commit(SchemaVersion);
            current.Searchers.MaybeRefreshBlocking();
        }
    }

    public SearcherLease AcquireSearcher()
    {
        lock (_gate)
        {
            return new SearcherLease(Current().Searchers);
        }
    }

    /// <summary>
    /// Builds a new generation from <paramref name="source"/> while searches and updates keep using the current one.
    /// Updates made meanwhile are replayed onto the new generation before it replaces the old. On failure the new
    /// generation is discarded and the old one stays.
    /// </summary>
    public async Task<RebuildResult> RebuildAsync(IAsyncEnumerable<ValueSet> source, CancellationToken cancellationToken)
    {
        await _rebuilds.WaitAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        var folder = _generations.CreateNew();
        Generation? fresh = null;
        var count = 0;
        try
        {
            lock (_gate)
            {
                _journal = [];
            }

            fresh = Generation.Open(folder, Analyzers, verify: false, create: true);
            await foreach (var valueSet in source.WithCancellation(cancellationToken))
            {
                fresh.Writer.UpdateDocument(new Term(IndexFieldNames.Id, valueSet.Id), _documents.Build(valueSet));
                count++;
            }

            lock (_gate)
            {
                // Disposed meanwhile (the host stopped): discard the new generation rather than adopt it.
                ObjectDisposedException.ThrowIf(_disposed, this);
                foreach (var change in _journal)
                {
                    change(fresh.Writer);
                }

                fresh.Commit(SchemaVersion);
                fresh.Searchers.MaybeRefreshBlocking();
                _generations.MakeCurrent(folder);
                var old = _current;
                _current = fresh;
                fresh = null;
                _journal = null;
                Health = IndexHealth.Healthy;
                NeedsRebuild = false;
                _lastRebuildUtc = DateTime.UtcNow;
                _lastRebuildError = null;
                old?.Dispose();
                if (old is not null)
                {
                    IndexGenerations.TryDelete(old.Folder);
                }
            }

            _logger.LogInformation("Search index {Index} rebuilt with {Count} items in {Elapsed}", Name, count, stopwatch.Elapsed);
            return new RebuildResult(true, count, stopwatch.Elapsed, null);
        }
        catch (Exception exception)
        {
            lock (_gate)
            {
                _journal = null;
                _lastRebuildError = exception.Message;
            }

            fresh?.Dispose();
            IndexGenerations.TryDelete(folder);
            if (exception is OperationCanceledException)
            {
                throw;
            }

            _logger.LogError(exception, "Rebuilding search index {Index} failed after {Count} items; the previous index stays in use", Name, count);
            return new RebuildResult(false, count, stopwatch.Elapsed, exception.Message);
        }
        finally
        {
            _rebuilds.Release();
        }
    }

    public IndexStatus Status()
    {
        lock (_gate)
        {
            var current = Current();
            using var lease = new SearcherLease(current.Searchers);
            var committed = current.CommitData.GetValueOrDefault(CommittedKey);
            DateTime? lastCommit = committed is null ? null : DateTime.Parse(committed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            return new IndexStatus(
                Name,
                lease.Searcher.IndexReader.NumDocs,
                lastCommit,
                _journal is not null ? IndexHealth.Rebuilding : Health,
                current.Folder,
                current.SizeBytes(),
                _lastRebuildUtc,
                _lastRebuildError);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _current?.Dispose();
            _current = null;
        }

        _rebuilds.Dispose();
    }

    private void Write(Action<IndexWriter> change)
    {
        lock (_gate)
        {
            change(Current().Writer);
            _journal?.Add(change);
        }
    }

    // Searches that arrive before the start-up check opens the index (see SearchMaintenance) open it as it is.
    private Generation Current()
    {
        // Once disposed, never reopen: a late caller would recreate the folder's lock file and leave a writer open.
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_current is null)
        {
            Open(verify: false);
        }

        return _current ?? throw new InvalidOperationException($"The search index {Name} could not be opened.");
    }

    private void OpenEmpty(IndexHealth health)
    {
        var folder = _generations.CreateNew();
        _current = Generation.Open(folder, Analyzers, verify: false, create: true);
        _current.Commit(SchemaVersion);
        _current.Searchers.MaybeRefreshBlocking();
        _generations.MakeCurrent(folder);
        _generations.DeleteAllExcept(folder);
        Health = health;
        NeedsRebuild = true;
    }

    private static bool IsUnreadable(Exception exception) =>
        exception is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
            or InvalidOperationException or ArgumentException or IndexOutOfRangeException or EndOfStreamException
            or UnauthorizedAccessException or FormatException;

    /// <summary>An open generation folder: its directory, writer and searcher manager.</summary>
    private sealed class Generation : IDisposable
    {
        private Generation(string folder, LuceneDirectory directory, IndexWriter writer)
        {
            Folder = folder;
            Directory = directory;
            Writer = writer;
            Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
            CommitData = new Dictionary<string, string>(writer.CommitData);
        }

        public string Folder { get; }

        public LuceneDirectory Directory { get; }

        public IndexWriter Writer { get; }

        public SearcherManager Searchers { get; }

        public Dictionary<string, string> CommitData { get; private set; }

        public static Generation Open(string folder, SearchAnalyzers analyzers, bool verify, bool create)
        {
            var directory = new NIOFSDirectory(new DirectoryInfo(folder));
            try
            {
                if (!create)
                {
                    if (!DirectoryReader.IndexExists(directory))
                    {
                        throw new CorruptIndexException($"No commit found in {folder}.");
                    }

                    if (verify)
                    {
                        Verify(directory, folder);
                    }
                }

                var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzers.Writer)
                {
                    OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                    RAMBufferSizeMB = 64,
                };
                var writer = new IndexWriter(directory, config);
                try
                {
                    return new Generation(folder, directory, writer);
                }
                catch
                {
                    writer.Dispose();
                    throw;
                }
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }

        public void Commit(string schemaVersion)
        {
            var data = new Dictionary<string, string>
            {
                [SchemaKey] = schemaVersion,
                [CommittedKey] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            };
            Writer.SetCommitData(data);
            Writer.Commit();
            CommitData = data;
        }

        public long SizeBytes()
        {
            try
            {
                return new DirectoryInfo(Folder).EnumerateFiles().Sum(file => file.Length);
            }
            catch (IOException)
            {
                return 0;
            }
        }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }

        private static void Verify(LuceneDirectory directory, string folder)
        {
            var checker = new CheckIndex(directory);
            var status = checker.DoCheckIndex();
            if (!status.Clean)
            {
                throw new CorruptIndexException($"CheckIndex found problems in {folder}.");
            }
        }
    }
}
