using System.Text;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.Results;
using static System.FormattableString;

namespace Worcs.LocalOffer.Engine.PropertyEditors.Limits;

/// <summary>Refuses a value larger than its editor's limit, before the editor parses it.</summary>
public sealed class ValueSizeLimits
{
    private readonly Dictionary<string, long> _byAlias;
    private readonly long _default;

    public ValueSizeLimits(IOptions<ValueSizeSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _byAlias = new Dictionary<string, long>(settings.Value.MaxValueBytes, StringComparer.OrdinalIgnoreCase);
        _default = _byAlias.GetValueOrDefault(ValueSizeSettings.DefaultKey, new ValueSizeSettings().MaxValueBytes[ValueSizeSettings.DefaultKey]);
    }

    /// <summary>The built-in limits, for callers composed without configuration.</summary>
    public static ValueSizeLimits Defaults { get; } = new(Options.Create(new ValueSizeSettings()));

    public long For(string editorAlias) => _byAlias.GetValueOrDefault(editorAlias, _default);

    /// <summary>An error naming the path and the limit when <paramref name="value"/> is too large; null otherwise.</summary>
    public ValidationError? Check(string path, string propertyName, string editorAlias, string value)
    {
        var limit = For(editorAlias);

        // Every character takes at least one byte and at most three, so most values need no count.
        if ((long)value.Length * 3 <= limit)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        return bytes <= limit
            ? null
            : new ValidationError(path, $"'{propertyName}' is {Describe(bytes)}; {editorAlias} values are limited to {Describe(limit)} ({ValueSizeSettings.SectionKey}:MaxValueBytes).");
    }

    private static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? Invariant($"{bytes:N0} bytes ({bytes / (1024.0 * 1024):0.#} MB)")
        : bytes >= 1024 ? Invariant($"{bytes:N0} bytes ({bytes / 1024.0:0.#} KB)")
        : Invariant($"{bytes:N0} bytes");
}
