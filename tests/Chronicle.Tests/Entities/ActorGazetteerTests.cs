using Chronicle.Entities;
using Chronicle.Tests.Support;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

public sealed class ActorGazetteerTests
{
    private static (string Token, GazetteerMark Mark)[] Marks(string text)
    {
        var document = TestDocuments.Segmented(text);
        var marks = new GazetteerMark[document.Tokens.Length];
        foreach (var sentence in document.Sentences)
        {
            ActorGazetteer.Default.Mark(document, sentence.Tokens, marks.AsSpan(sentence.Tokens.Start, sentence.Tokens.Length));
        }

        return [.. Enumerable.Range(0, document.Tokens.Length).Select(i => (document.TextOf(i).ToString(), marks[i]))];
    }

    private static GazetteerMark MarkOf(string text, string token) => Marks(text).First(m => m.Token == token).Mark;

    [Fact]
    public void A_listed_leader_is_marked_as_one_full_name()
    {
        // Given a sentence naming a leader by full name
        // When the knowledge-base gazetteer marks it
        var first = MarkOf("His Chinese counterpart Xi Jinping arrived on Monday.", "Xi");
        var last = MarkOf("His Chinese counterpart Xi Jinping arrived on Monday.", "Jinping");

        // Then both tokens carry the person-name reading, as one span
        Assert.Equal(BilouPosition.Begin, first.Position);
        Assert.Equal(BilouPosition.Last, last.Position);
        Assert.True(((ActorGazetteerKinds)first.Category).HasFlag(ActorGazetteerKinds.PersonName));
        Assert.Equal(first.Category, last.Category);
    }

    [Fact]
    public void Organisations_countries_adjectives_and_cities_get_their_own_kinds()
    {
        // Given a sentence with an organisation, a city, an adjective and a country
        var marks = Marks("A fellow at Chatham House in London said Russian troops left Ukraine.");
        GazetteerMark Of(string token) => marks.First(m => m.Token == token).Mark;

        // When marked, then each span has its kind
        Assert.Equal(BilouPosition.Begin, Of("Chatham").Position);
        Assert.True(((ActorGazetteerKinds)Of("House").Category).HasFlag(ActorGazetteerKinds.Organisation));
        Assert.True(((ActorGazetteerKinds)Of("London").Category).HasFlag(ActorGazetteerKinds.City));
        Assert.True(((ActorGazetteerKinds)Of("Russian").Category).HasFlag(ActorGazetteerKinds.Adjective));
        Assert.True(((ActorGazetteerKinds)Of("Ukraine").Category).HasFlag(ActorGazetteerKinds.CountryName));
        Assert.Equal(BilouPosition.Unit, Of("Ukraine").Position);
        Assert.True(Of("said").IsEmpty);
    }

    [Fact]
    public void Lower_case_words_and_lower_case_initialisms_are_not_marked()
    {
        // Given words that spell listed names in lower case ("us", "who", "turkey")
        var marks = Marks("Tell us who cooked the turkey, and the US will listen.");

        // When marked, then only the capitalised initialism is
        Assert.True(marks.First(m => m.Token == "us").Mark.IsEmpty);
        Assert.True(marks.First(m => m.Token == "who").Mark.IsEmpty);
        Assert.True(marks.First(m => m.Token == "turkey").Mark.IsEmpty);
        Assert.True(((ActorGazetteerKinds)marks.First(m => m.Token == "US").Mark.Category).HasFlag(ActorGazetteerKinds.CountryName));
    }

    [Fact]
    public void A_model_trained_with_the_actor_gazetteer_loads_it_by_itself()
    {
        // Given a tiny model trained with the built-in actor gazetteer and saved
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 2, MinFeatureCount: 1), gazetteer: ActorGazetteer.Default).Train(NerTestData.Handful());
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-ner-actors-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);

            // When it is loaded without naming a gazetteer
            var loaded = NerModel.Load(path);

            // Then the actor gazetteer is attached
            Assert.Same(ActorGazetteer.Default, loaded.Gazetteer);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
