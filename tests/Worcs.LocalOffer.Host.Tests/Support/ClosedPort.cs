using System.Net;
using System.Net.Sockets;

namespace Worcs.LocalOffer.Host.Tests.Support;

internal static class ClosedPort
{
    /// <summary>A loopback port that nothing listens on: bound once by the system, then released.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
