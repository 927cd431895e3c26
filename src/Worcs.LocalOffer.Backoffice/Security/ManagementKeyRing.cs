using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Backoffice.Security;

/// <summary>The configured keys' SHA-256 hashes, computed once; a presented key is compared with every one in constant time.</summary>
internal sealed class ManagementKeyRing(IOptions<ManagementSettings> settings)
{
    private readonly (byte[] Hash, ManagementApiKey Key)[] _keys =
        [.. settings.Value.ApiKeys.Select(key => (Hash(key.Key), key))];

    public ManagementApiKey? Find(string presented)
    {
        var hash = Hash(presented);
        ManagementApiKey? match = null;
        foreach (var (candidate, key) in _keys)
        {
            // Every key is compared, so the time taken does not depend on which one matches.
            if (CryptographicOperations.FixedTimeEquals(hash, candidate))
            {
                match = key;
            }
        }

        return match;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
