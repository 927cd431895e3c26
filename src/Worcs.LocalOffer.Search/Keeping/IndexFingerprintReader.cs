using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Keeping;

/// <summary>What an index holds, in count and latest update date, to compare with what the database says it should hold.</summary>
internal static class IndexFingerprintReader
{
    public static IndexFingerprint Read(SearchIndex index)
    {
        using var lease = index.AcquireSearcher();
        var reader = lease.Searcher.IndexReader;
        long max = 0;
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(ContentFields.UpdateDate);
            var live = leaf.AtomicReader.LiveDocs;
            if (values is null)
            {
                continue;
            }

            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    max = Math.Max(max, values.Get(doc));
                }
            }
        }

        return new IndexFingerprint(reader.NumDocs, max);
    }
}
