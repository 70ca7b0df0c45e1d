using System.Collections.Frozen;
using Chronicle.Documents;
using Chronicle.Pipeline;
using Lingua;

namespace Chronicle.Cleaning;

/// <summary>
/// Sets <see cref="Document.Language"/> (ISO 639-1) with Lingua, restricted to the languages news commonly comes in.
/// Detection runs on a sample from the start of the body so its cost does not grow with the article.
/// Later English-only stages are skipped, with a note, for other languages.
/// </summary>
public sealed class LanguageDetector : IPipe
{
    /// <summary>Characters sampled: Lingua is reliable from about 120 characters; a few sentences settle close calls.</summary>
    public const int SampleLength = 600;

    /// <summary>Too little text to say anything: the document keeps no language (read as English).</summary>
    private const int MinimumLetters = 20;

    /// <summary>The languages detected: the major languages of the world's news wires and outlets.</summary>
    public static readonly FrozenSet<Language> NewsLanguages = new[]
    {
        Language.English, Language.Spanish, Language.French, Language.German, Language.Italian, Language.Portuguese,
        Language.Dutch, Language.Russian, Language.Ukrainian, Language.Polish, Language.Turkish, Language.Arabic,
        Language.Persian, Language.Chinese, Language.Japanese, Language.Korean, Language.Hindi, Language.Indonesian,
        Language.Swedish,
    }.ToFrozenSet();

    /// <summary>
    /// English function words: in English news they are a quarter to a third of the words; in other languages
    /// written in Latin script (which share a few, like "in" or "is") well under a tenth.
    /// </summary>
    private static readonly FrozenSet<string> s_englishFunctionWords = new[]
    {
        "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from", "said",
        "his", "her", "it", "its", "has", "have", "had", "be", "are", "were", "an", "this", "which", "not", "but", "they",
        "their", "will", "would", "he", "she", "who", "been", "after", "also", "than", "more", "about", "into", "over",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Share of function words above which a plain-ASCII sample is English without asking Lingua.</summary>
    private const double EnglishFunctionWordShare = 0.2;

    private readonly Lingua.LanguageDetector _detector;

    public LanguageDetector()
    {
        // Built once and preloaded: detection then only reads the models, so one detector serves every thread.
        _detector = LanguageDetectorBuilder.FromLanguages([.. NewsLanguages])
            .WithLowAccuracyMode()
            .WithPreloadedLanguageModels()
            .Build();
    }

    public string Name => "language";

    public PipeContract Contract { get; } = new(Annotation.None, Annotation.Language, EnglishOnly: false);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Language = Detect(document.Text);
    }

    /// <summary>The ISO 639-1 code of the text's language, or null when there is too little text or Lingua cannot tell.</summary>
    public string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = Sample(text);
        var letters = 0;
        foreach (var c in sample)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        if (letters < MinimumLetters)
        {
            return null;
        }

        // Lingua costs about a millisecond of CPU per sample (it scores every language, in parallel); most input is
        // plainly English, which a count of function words settles a hundred times faster.
        if (LooksPlainlyEnglish(sample))
        {
            return "en";
        }

        var language = _detector.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : language.IsoCode6391().ToString().ToLowerInvariant();
    }

    private static bool LooksPlainlyEnglish(string sample)
    {
        var lookup = s_englishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int words = 0, functionWords = 0, start = -1, letters = 0, otherLetters = 0;
        for (var i = 0; i <= sample.Length; i++)
        {
            var c = i < sample.Length ? sample[i] : ' ';
            if (c > '\u007F' && char.IsLetter(c))
            {
                otherLetters++;
            }

            if (char.IsAsciiLetter(c) || (c == '\'' && start >= 0))
            {
                letters++;
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                words++;
                functionWords += lookup.Contains(sample.AsSpan(start, i - start)) ? 1 : 0;
                start = -1;
            }
        }

        // A few accented letters are names ("Lula da Silva, Inácio"); more than that and Lingua decides.
        return words >= 10 && otherLetters * 50 <= letters && functionWords >= words * EnglishFunctionWordShare;
    }

    /// <summary>The start of the text, cut at a space so no word is split.</summary>
    private static string Sample(string text)
    {
        if (text.Length <= SampleLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SampleLength);
        return text[..(cut > SampleLength / 2 ? cut : SampleLength)];
    }
}
