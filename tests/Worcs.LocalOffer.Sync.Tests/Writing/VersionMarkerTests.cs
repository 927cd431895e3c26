using System.Text;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Tests.Writing;

/// <summary><c>usync.config</c> as uSync 17 writes it: <c>version</c>, <c>format</c>, then <c>hmac</c> (empty without an image HMAC secret).</summary>
public sealed class VersionMarkerTests
{
    [Test]
    public void A_new_marker_is_written_with_an_empty_hmac_after_the_format()
    {
        var bytes = new SyncFileWriter().Write(new SyncVersionMarker { Version = "17.3.8.0", Hmac = "" }, SyncNewLine.Lf);

        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<uSync version=\"17.3.8.0\" format=\"10.7.0\" hmac=\"\" />"));
    }

    [TestCase("<uSync version=\"17.3.1.0\" format=\"10.7.0\" hmac=\"GNlMAtiQ82ss7UAd/tjGm04x3itxBa57gKrOWJasoyw=\" />", "GNlMAtiQ82ss7UAd/tjGm04x3itxBa57gKrOWJasoyw=")]
    [TestCase("<uSync version=\"17.3.8.0\" format=\"10.7.0\" hmac=\"\" />", "")]
    [TestCase("<uSync version=\"15.1.5.0\" format=\"10.7.0\" />", null)]
    public void Markers_are_read_with_or_without_hmac_and_written_back_unchanged(string xml, string? hmac)
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + xml);

        var read = new SyncFileReader().Read(bytes, "usync.config");

        Assert.That(read.Problems, Is.Empty);
        Assert.That(((SyncVersionMarker)read.File!.Item).Hmac, Is.EqualTo(hmac));
        Assert.That(new SyncFileWriter().Write(read.File), Is.EqualTo(bytes));
    }
}
