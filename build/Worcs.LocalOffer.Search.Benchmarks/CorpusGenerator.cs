using System.Text;
using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Benchmarks;

/// <summary>
/// Generates Local Offer pages of English text: words drawn with a Zipf distribution from a vocabulary of common
/// English words and SEND terms, in sentences of 6–22 words, so that common words are common and rare words rare.
/// The same seed gives the same corpus.
/// </summary>
internal sealed class CorpusGenerator(int seed)
{
    private static readonly string[] Vocabulary = BuildVocabulary();
    private static readonly string[] Types = ["newsArticle", "consultation", "publication", "roadshow", "service", "faqPage"];
    private static readonly string[] TagPool =
    [
        "autism", "adhd", "mental health", "short breaks", "ehcp", "transport", "post-16", "early years", "speech and language",
        "sensory", "dyslexia", "physical disability", "learning disability", "have your say", "co-production", "funding",
        "school places", "preparation for adulthood", "health", "social care", "sendiass", "parent carers", "training",
    ];

    private readonly Random _random = new(seed);
    private readonly double[] _cumulative = Cumulative(Vocabulary.Length);

    public static IReadOnlyList<string> Words => Vocabulary;

    public ValueSet Next(int number)
    {
        var type = Types[_random.Next(Types.Length)];
        var valueSet = new ValueSet(Guid.NewGuid().ToString("D"), ContentFields.ContentCategory, type);
        var title = Capitalise(Sentence(3, 8, period: false));
        valueSet.Add(ContentFields.NodeName, title);
        valueSet.Add(ContentFields.Title, title);
        valueSet.Add(ContentFields.Summary, Paragraph(1, 2));
        valueSet.Add(ContentFields.Body, string.Join("\n", Enumerable.Range(0, _random.Next(3, 9)).Select(_ => Paragraph(2, 5))));
        foreach (var tag in Enumerable.Range(0, _random.Next(0, 4)).Select(_ => TagPool[_random.Next(TagPool.Length)]).Distinct())
        {
            valueSet.Add(ContentFields.Tags, tag);
            valueSet.Add(ContentFields.TagText, tag);
        }

        var date = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(_random.Next(0, 11 * 365));
        valueSet.Add(ContentFields.PublishDate, date);
        valueSet.Add(ContentFields.UpdateDate, date.AddDays(_random.Next(0, 60)));
        valueSet.Add(ContentFields.Year, date.Year);
        valueSet.Add(ContentFields.UrlSegment, "page-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (_random.Next(10) == 0)
        {
            valueSet.Add(ContentFields.AttachmentText, string.Join("\n", Enumerable.Range(0, _random.Next(5, 15)).Select(_ => Paragraph(3, 6))));
            valueSet.Add(ContentFields.AttachmentName, "download-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pdf");
        }

        return valueSet;
    }

    /// <summary>A realistic query: one to three words by the same distribution, sometimes misspelt or quoted.</summary>
    public string Query()
    {
        var words = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Word(skipCommon: true)).ToList();
        return _random.Next(10) switch
        {
            0 => Misspell(words[0]) + string.Concat(words.Skip(1).Select(word => " " + word)),
            1 when words.Count > 1 => "\"" + string.Join(' ', words) + "\"",
            _ => string.Join(' ', words),
        };
    }

    private string Paragraph(int minSentences, int maxSentences) =>
        string.Join(' ', Enumerable.Range(0, _random.Next(minSentences, maxSentences + 1)).Select(_ => Capitalise(Sentence(6, 22, period: true))));

    private string Sentence(int min, int max, bool period)
    {
        var builder = new StringBuilder();
        var count = _random.Next(min, max + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(i % 7 == 0 && _random.Next(3) == 0 ? ", " : " ");
            }

            builder.Append(Word(skipCommon: false));
        }

        return period ? builder.Append('.').ToString() : builder.ToString();
    }

    private string Word(bool skipCommon)
    {
        while (true)
        {
            var index = Array.BinarySearch(_cumulative, _random.NextDouble());
            index = index < 0 ? ~index : index;
            index = Math.Min(index, Vocabulary.Length - 1);
            if (!skipCommon || index > 60)
            {
                return Vocabulary[index];
            }
        }
    }

    private string Misspell(string word)
    {
        if (word.Length < 5)
        {
            return word;
        }

        var position = _random.Next(1, word.Length - 1);
        return word[..position] + word[(position + 1)..];
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static double[] Cumulative(int count)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1.0 / Math.Pow(rank, 1.05)).ToArray();
        var total = weights.Sum();
        var cumulative = new double[count];
        var running = 0.0;
        for (var i = 0; i < count; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }

        return cumulative;
    }

    private static string[] BuildVocabulary()
    {
        // Most frequent first: function words, then everyday words, then Local Offer vocabulary, then rarer words.
        const string common = "the of and to a in is for that with on are as be this it by at from or have an they you which can will not your we their has more all there been if also but about our one other when who may what these how its some would should any them so into only such than most were had could time";
        const string everyday = "people children young family families support service services school schools help information advice local council parents carers work need needs care health education plan plans new year years day week month place places provide provided provides available find contact email phone office team staff meeting meetings group groups club clubs activity activities home community area areas county city town library centre centres visit open opening closed hours event events session sessions online website page pages form forms apply application decision review reviews update updates news report reports feedback survey question questions answer answers change changes improve improvement progress outcome outcomes process processes guidance policy policies statement statements assessment assessments request requests budget funding money cost costs grant grants transport travel bus taxi journey safe safety risk worker workers officer officers manager managers practitioner practitioners teacher teachers pupil pupils student students class classes learning lessons curriculum college colleges university apprenticeship training employment job jobs skills independence independent living housing adult adults adulthood transition transitions age ages early primary secondary further higher nursery setting settings provider providers voluntary charity charities partnership partners forum forums";
        const string send = "special educational needs disabilities disability send sen sendiass senco ehcp ehc autism autistic adhd dyslexia dyspraxia dyscalculia speech language communication therapy therapist therapists occupational physiotherapy physiotherapist sensory hearing vision visual impairment impairments deaf blind wheelchair mobility physical learning difficulty difficulties behaviour emotional social mental wellbeing anxiety camhs paediatric paediatrician nurse nursing clinic clinics diagnosis referral referrals pathway pathways respite breaks short personal budgets direct payments annual tribunal mediation appeal appeals complaint complaints disagreement resolution coproduction co-production graduated response inclusion inclusive mainstream resource base bases unit units alternative provision exclusion exclusions attendance looked after virtual headteacher designated medical officer clinical commissioning integrated board inspection ofsted cqc written action local offer directory";
        const string rare = "allotment aquarium archery badminton ballet bakery bicycle botanical bowling canoe carnival ceramics chess choir circus climbing cookery cricket croquet cycling dance drama embroidery fencing fishing football gardening gymnastics hockey judo karate kayaking knitting lacrosse magic martial mosaic netball orchestra origami painting photography pottery puppetry rounders rowing rugby sailing skateboarding skating snooker softball squash surfing swimming tennis theatre trampolining volleyball walking yoga zumba abbey aqueduct bridge canal castle cathedral chapel cottage estuary forest harbour meadow moorland orchard priory quarry reservoir riverside spa tower valley vineyard woodland worcester malvern kidderminster redditch bromsgrove droitwich evesham pershore tenbury upton bewdley stourport";
        return [.. $"{common} {everyday} {send} {rare}".Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct()];
    }
}
