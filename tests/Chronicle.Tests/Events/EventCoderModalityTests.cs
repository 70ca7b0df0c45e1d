using Chronicle.Events;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

/// <summary>
/// Hand-written sentences (our own, not from any gold file) through the whole coder on unparsed documents: the
/// trigger's type after PLOVER's composition rules, its actors' countries as the knowledge base resolves them, and
/// its modality. Stated intentions to cooperate become AGREE and to harm THREATEN, reported as fact; feared,
/// conditional, asked-about and denied events never come out asserted.
/// </summary>
public sealed class EventCoderModalityTests
{
    private static readonly DateOnly Published = new(2023, 3, 21);

    public static TheoryData<string, string, PloverType, string?, string?, Modality> Sentences { get; } = new()
    {
        // asserted
        { "Putin met Xi in Moscow.", "met", PloverType.CONSULT, "RUS", "CHN", Modality.Asserted },
        { "Washington condemned Moscow.", "condemned", PloverType.ACCUSE, "USA", "RUS", Modality.Asserted },
        { "Turkey shelled Syria overnight.", "shelled", PloverType.ASSAULT, "TUR", "SYR", Modality.Asserted },
        { "Beijing praised Moscow for its restraint.", "praised", PloverType.SUPPORT, "CHN", "RUS", Modality.Asserted },
        { "Germany sent tanks to Ukraine.", "sent", PloverType.AID, "DEU", "UKR", Modality.Asserted },
        { "France expelled Russian diplomats.", "expelled", PloverType.SANCTION, "FRA", "RUS", Modality.Asserted },
        { "India criticised Pakistan on Tuesday.", "criticised", PloverType.ACCUSE, "IND", "PAK", Modality.Asserted },
        { "Japan welcomed Australia's decision.", "welcomed", PloverType.SUPPORT, "JPN", "AUS", Modality.Asserted },
        { "Poland accused Belarus of provoking the crisis.", "accused", PloverType.ACCUSE, "POL", "BLR", Modality.Asserted },
        { "Ukraine rejected Russia's offer.", "rejected", PloverType.REJECT, "UKR", "RUS", Modality.Asserted },
        { "Iran threatened Israel.", "threatened", PloverType.THREATEN, "IRN", "ISR", Modality.Asserted },
        { "Canada imposed sanctions on Iran.", "imposed", PloverType.SANCTION, "CAN", "IRN", Modality.Asserted },
        { "Nigeria arrested Cameroonian soldiers.", "arrested", PloverType.COERCE, "NGA", "CMR", Modality.Asserted },
        { "Macron visited Beijing in April.", "visited", PloverType.CONSULT, "FRA", "CHN", Modality.Asserted },
        { "Egypt hosted Jordan's king.", "hosted", PloverType.CONSULT, "JOR", "EGY", Modality.Asserted },
        { "Scholz called Biden on Sunday.", "called", PloverType.CONSULT, "DEU", "USA", Modality.Asserted },
        { "Kenya deployed troops to Haiti.", "deployed", PloverType.MOBILIZE, "KEN", "HTI", Modality.Asserted },
        { "Hungary vetoed Ukraine's bid.", "vetoed", PloverType.REJECT, "HUN", "UKR", Modality.Asserted },
        { "Sweden condemned Turkey, which rejected the request.", "condemned", PloverType.ACCUSE, "SWE", "TUR", Modality.Asserted },
        { "Erdogan praised Putin after the talks.", "praised", PloverType.SUPPORT, "TUR", "RUS", Modality.Asserted },
        { "Brazil recognised Palestine.", "recognised", PloverType.SUPPORT, "BRA", "PSE", Modality.Asserted },
        { "Mexico urged Washington to lift the embargo.", "urged", PloverType.REQUEST, "MEX", "USA", Modality.Asserted },

        // planned, and stated intentions composed into agreements and threats
        { "Macron is expected to visit Beijing in April.", "visit", PloverType.CONSULT, "FRA", "CHN", Modality.Planned },
        { "Biden is scheduled to meet Xi in Bali.", "meet", PloverType.CONSULT, "USA", "CHN", Modality.Planned },
        { "Lula is due to meet Xi next month.", "meet", PloverType.CONSULT, "BRA", "CHN", Modality.Planned },
        { "Xi will visit Moscow next week.", "visit", PloverType.AGREE, "CHN", "RUS", Modality.Asserted },
        { "Germany plans to send tanks to Ukraine.", "send", PloverType.AGREE, "DEU", "UKR", Modality.Asserted },
        { "Norway pledged to supply Ukraine with ammunition.", "supply", PloverType.AGREE, "NOR", "UKR", Modality.Asserted },
        { "Russia will attack Ukraine again.", "attack", PloverType.THREATEN, "RUS", "UKR", Modality.Asserted },
        { "China is ready to support Russia.", "support", PloverType.AGREE, "CHN", "RUS", Modality.Asserted },
        { "Serbia intends to recognise Kosovo.", "recognise", PloverType.AGREE, "SRB", "KOS", Modality.Asserted },
        { "Japan decided to sanction Russia.", "sanction", PloverType.THREATEN, "JPN", "RUS", Modality.Asserted },
        { "Armenia agreed to withdraw from Azerbaijan's territory.", "withdraw", PloverType.AGREE, "ARM", "AZE", Modality.Asserted },
        { "Putin met Xi and will visit Beijing next year.", "met", PloverType.CONSULT, "RUS", "CHN", Modality.Asserted },

        // hypothetical
        { "Washington fears China might arm Russia.", "arm", PloverType.AID, "CHN", "RUS", Modality.Hypothetical },
        { "Officials fear Beijing could supply weapons to Moscow.", "supply", PloverType.AID, "CHN", "RUS", Modality.Hypothetical },
        { "If Russia attacks Poland, NATO will respond.", "attacks", PloverType.ASSAULT, "RUS", "POL", Modality.Hypothetical },
        { "It is unclear whether Xi will call Zelenskiy.", "call", PloverType.CONSULT, "CHN", "UKR", Modality.Hypothetical },
        { "Kyiv awaits confirmation of whether Xi would meet Zelenskiy.", "meet", PloverType.CONSULT, "CHN", "UKR", Modality.Hypothetical },
        { "The EU could impose sanctions on Iran.", "impose", PloverType.SANCTION, "IGO", "IRN", Modality.Hypothetical },
        { "Analysts doubt that Tehran would attack Riyadh.", "attack", PloverType.ASSAULT, "IRN", "SAU", Modality.Hypothetical },
        { "Seoul worries that Pyongyang may attack Tokyo.", "attack", PloverType.ASSAULT, "PRK", "JPN", Modality.Hypothetical },
        { "Israel may strike Iran.", "strike", PloverType.ASSAULT, "ISR", "IRN", Modality.Hypothetical },
        { "Greece is unlikely to recognise Kosovo.", "recognise", PloverType.SUPPORT, "GRC", "KOS", Modality.Hypothetical },
        { "Kyiv called for Beijing to condemn Moscow.", "condemn", PloverType.ACCUSE, "CHN", "RUS", Modality.Hypothetical },
        { "Paris urged Rome to criticise Budapest.", "criticise", PloverType.ACCUSE, "ITA", "HUN", Modality.Hypothetical },
        { "There is speculation that Xi may visit Kyiv.", "visit", PloverType.CONSULT, "CHN", "UKR", Modality.Hypothetical },
        { "Moscow might expel Estonian diplomats.", "expel", PloverType.SANCTION, "RUS", "EST", Modality.Hypothetical },
        { "Ukraine could possibly attack Russia.", "attack", PloverType.ASSAULT, "UKR", "RUS", Modality.Hypothetical },
        { "Beijing is considering sanctioning Lithuania.", "sanctioning", PloverType.SANCTION, "CHN", "LTU", Modality.Hypothetical },

        // negated
        { "Moscow did not attack Kyiv.", "attack", PloverType.ASSAULT, "RUS", "UKR", Modality.Negated },
        { "China has denied arming Russia.", "arming", PloverType.AID, "CHN", "RUS", Modality.Negated },
        { "Putin never visited Kyiv.", "visited", PloverType.CONSULT, "RUS", "UKR", Modality.Negated },
        { "Xi refused to meet Zelenskiy.", "meet", PloverType.CONSULT, "CHN", "UKR", Modality.Negated },
        { "Turkey has not recognised Cyprus.", "recognised", PloverType.SUPPORT, "TUR", "CYP", Modality.Negated },
        { "Hungary will not support Ukraine's bid.", "support", PloverType.SUPPORT, "HUN", "UKR", Modality.Negated },
        { "Pakistan declined to condemn Russia.", "condemn", PloverType.ACCUSE, "PAK", "RUS", Modality.Negated },
        { "India failed to condemn Russia.", "condemn", PloverType.ACCUSE, "IND", "RUS", Modality.Negated },
        { "Berlin was unable to supply Kyiv with jets.", "supply", PloverType.AID, "DEU", "UKR", Modality.Negated },
        { "Japan cannot sanction China.", "sanction", PloverType.SANCTION, "JPN", "CHN", Modality.Negated },
        { "Moscow denied that Minsk attacked Vilnius.", "attacked", PloverType.ASSAULT, "BLR", "LTU", Modality.Negated },
        { "Washington dismissed reports that Seoul armed Kyiv.", "armed", PloverType.AID, "KOR", "UKR", Modality.Negated },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void The_coder_gives_each_sentence_its_type_actors_and_modality(string text, string trigger, PloverType type, string? source, string? target, Modality modality)
    {
        // Given
        var document = TestDocuments.Segmented(text, Published);
        var at = IndexOfWord(text, trigger);

        // When
        var events = new EventCoder().Code(document);

        // Then
        var coded = Assert.Single(events, e => e.Trigger is { } t && t.Start <= at && at < t.End);
        Assert.Equal((type, source, target, modality), (coded.Type, coded.SourceActor?.Prefix, coded.TargetActor?.Prefix, coded.Modality));
    }

    private static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }
        }

        throw new ArgumentException($"'{word}' is not a word of '{text}'", nameof(word));
    }
}
