using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Worcs.LocalOffer.Host.Tests.ErrorHandling;

/// <summary>Adds, behind the application's own pipeline, a path whose handler throws: a stand-in for a bug.</summary>
internal sealed class ThrowingEndpointStartupFilter : IStartupFilter
{
    public const string Path = "/test/throws";
    public const string Secret = "connection string with a secret in it";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Path, branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
    };
}
