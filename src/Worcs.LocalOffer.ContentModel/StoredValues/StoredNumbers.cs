using System.Globalization;

namespace Worcs.LocalOffer.ContentModel.StoredValues;

/// <summary>Reads the integer and decimal editors' stored text.</summary>
public static class StoredNumbers
{
    public static bool TryRead(string? value, out decimal number) =>
        decimal.TryParse(value?.Trim(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number);
}
