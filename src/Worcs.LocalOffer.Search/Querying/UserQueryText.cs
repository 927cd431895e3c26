using System.Text;

namespace Worcs.LocalOffer.Search.Querying;

/// <summary>
/// What a family typed, read as plain text: balanced double quotes make phrases, everything else is words. Lucene
/// syntax characters and control characters become spaces, an unbalanced quote is ignored, and text beyond
/// <see cref="MaxLength"/> characters or <see cref="MaxTerms"/> words and phrases is dropped. Never throws.
/// </summary>
public sealed record UserQueryText(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    public const int MaxLength = 1_000;
    public const int MaxTerms = 32;

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static UserQueryText Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new UserQueryText("", [], []);
        }

        var text = Clean(input.Length > MaxLength ? input[..MaxLength] : input);
        var words = new List<string>();
        var phrases = new List<string>();
        var quoteCount = text.Count(character => character == '"');
        var usable = quoteCount % 2 == 0 ? text : RemoveLastQuote(text);
        var parts = usable.Split('"');
        for (var index = 0; index < parts.Length; index++)
        {
            var part = parts[index].Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (index % 2 == 1 && phrases.Count + words.Count < MaxTerms)
            {
                phrases.Add(part);
                continue;
            }

            foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (phrases.Count + words.Count < MaxTerms)
                {
                    words.Add(word);
                }
            }
        }

        return new UserQueryText(text.Trim(), words, phrases);
    }

    private static string Clean(string input)
    {
        var builder = new StringBuilder(input.Length);
        foreach (var character in input)
        {
            builder.Append(character switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                _ when char.IsControl(character) || char.IsWhiteSpace(character) || char.IsSurrogate(character) => ' ',

                // Lucene syntax is not syntax here; as separators, "title:autism^2" reads as the words it contains.
                ':' or '^' or '~' or '*' or '?' or '\\' or '/' or '(' or ')' or '{' or '}' or '[' or ']' or '!' or '+' or '&' or '|' => ' ',
                _ => character,
            });
        }

        return builder.ToString();
    }

    private static string RemoveLastQuote(string text)
    {
        var last = text.LastIndexOf('"');
        return text.Remove(last, 1).Insert(last, " ");
    }
}
