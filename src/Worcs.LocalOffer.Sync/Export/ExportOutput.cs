using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Naming;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Export;

/// <summary>Writes export files under the root, only when their bytes differ, and records what it did.</summary>
internal sealed class ExportOutput(string rootFolder)
{
    private readonly List<string> _written = [];
    private readonly List<string> _unchanged = [];

    public async Task WriteAsync(SyncFile? existing, SyncItem item, SyncFileWriter writer, CancellationToken cancellationToken)
    {
        var relative = existing is null ? SyncFileNames.RelativePath(item) : ExistingFiles.RelativePath(existing);
        var bytes = writer.Write(item, existing?.NewLine ?? SyncNewLine.Lf);
        var path = Path.Combine(rootFolder, relative);
        if (File.Exists(path) && (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(bytes))
        {
            _unchanged.Add(relative);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        _written.Add(relative);
    }

    public SyncExportResult Result() => new([.. _written.Order(StringComparer.Ordinal)], [.. _unchanged.Order(StringComparer.Ordinal)]);
}
