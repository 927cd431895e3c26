using System.Net.Sockets;
using System.Text;

namespace Worcs.LocalOffer.Media.Tests.Support;

/// <summary>Sends a request line exactly as written (HttpClient would resolve <c>..</c> and re-encode the path first).</summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Response)> GetAsync(Uri baseAddress, string rawPath)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        await using var stream = client.GetStream();
        var request = $"GET {rawPath} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
