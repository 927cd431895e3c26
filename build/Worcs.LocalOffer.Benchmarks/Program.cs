using Worcs.LocalOffer.Benchmarks;

// Benchmarks print a table of figures and the machine they ran on. They are not tests: run them by hand or
// from build/bench-*.sh and copy the table into the issue note.
var name = args.FirstOrDefault() ?? "publish";
switch (name)
{
    case "publish":
        await PublishBenchmark.RunAsync(args.Skip(1).ToArray());
        return 0;
    case "usync-import":
        await SyncImportBenchmark.RunAsync(args.Skip(1).ToArray());
        return 0;
    case "usync-generate":
        await SyncGenerateCommand.RunAsync(args.Skip(1).ToArray());
        return 0;
    case "publish-visible":
        await PublishToVisibleBenchmark.RunAsync(args.Skip(1).ToArray());
        return 0;
    case "media-image":
        return MediaImageCommand.Run(args.Skip(1).ToArray());
    default:
        Console.Error.WriteLine($"Unknown benchmark '{name}'. Known: publish, usync-import, usync-generate, publish-visible, media-image");
        return 2;
}
