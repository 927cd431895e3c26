using System.Text;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Tests.Writing;

public sealed class CorpusRoundTripTests
{
    private readonly SyncFileReader _reader = new();
    private readonly SyncFileWriter _writer = new();

    [Test]
    public void Corpus_is_present_with_all_its_files()
    {
        Assert.That(Corpus.Files().Count(), Is.GreaterThanOrEqualTo(80), $"uSync corpus at {Corpus.Root} looks incomplete");
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.FileCases))]
    public void Corpus_file_is_written_back_byte_for_byte(string file)
    {
        var original = Corpus.Bytes(file);

        var read = _reader.Read(original, file);
        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Succeeded, Is.True);
        var written = _writer.Write(read.File!);

        Assert.That(Encoding.UTF8.GetString(written), Is.EqualTo(Encoding.UTF8.GetString(original)));
        Assert.That(written, Is.EqualTo(original));
    }
}
