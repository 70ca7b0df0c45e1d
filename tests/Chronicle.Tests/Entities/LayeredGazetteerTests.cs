using Chronicle.Entities;
using Chronicle.Learning;
using Chronicle.Tests.Support;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

public sealed class LayeredGazetteerTests
{
    private static NameListGazetteer Actors() => new("test-actors-v1", [(["Velmora"], 8), (["Ada", "Rennick"], 1)]);

    private static ListGazetteer Lists() => new(NameLists.Load([NameLists.GivenNamesFile, NameLists.PlacesFile], file => file switch
    {
        NameLists.GivenNamesFile => new StringReader("name\nAda\n"),
        NameLists.PlacesFile => new StringReader("name\nVelmora\nOstrava-on-Lake\n"),
        _ => null,
    }));

    private static GazetteerMark[] Marks(IGazetteer gazetteer, string text, out Chronicle.Documents.Document document)
    {
        document = TestDocuments.Segmented(text);
        var marks = new GazetteerMark[document.Tokens.Length];
        gazetteer.Mark(document, document.Sentences[0].Tokens, marks);
        return marks;
    }

    [Fact]
    public void The_first_gazetteer_marks_stay_as_they_are_and_the_second_adds_its_own_reading()
    {
        // Given the actor-like list layered with the generic lists
        var layered = new LayeredGazetteer(Actors(), Lists());
        const string Text = "Ada Rennick left Velmora for Ostrava-on-Lake.";

        // When both mark the same sentence
        var alone = Marks(Actors(), Text, out _);
        var both = Marks(layered, Text, out var document);

        // Then the first reading of every token is what the first gazetteer gives alone
        Assert.Equal(alone.Select(m => (m.Category, m.Position)), both.Select(m => (m.Category, m.Position)));

        // And the second reading is the generic lists': "Ada" a given name, "Velmora" and the hyphenated town places
        Assert.Equal((byte)NameListKinds.GivenName, both[0].Secondary);
        Assert.Equal(BilouPosition.Unit, both[0].SecondaryPosition);
        Assert.False(both[1].HasSecondary);
        var velmora = Enumerable.Range(0, document.Tokens.Length).First(i => document.TextOf(i).SequenceEqual("Velmora"));
        Assert.Equal(8, both[velmora].Category);
        Assert.Equal((byte)NameListKinds.Place, both[velmora].Secondary);
        Assert.True(both[^2].HasSecondary);
        Assert.Equal("test-actors-v1+name-lists-v1(given-names,places)", layered.Name);
    }

    [Fact]
    public void A_second_layer_adds_features_and_leaves_the_first_layers_features_alone()
    {
        // Given a sentence marked by the actor-like list alone and by the layered gazetteer
        var document = TestDocuments.Segmented("Ada Rennick left Velmora.");
        var sentence = document.Sentences[0].Tokens;
        var keys = new NerFeatures.TokenKeys[sentence.Length];
        NerFeatures.Prepare(document, sentence, null, null, keys);
        var alone = Marks(Actors(), "Ada Rennick left Velmora.", out _);
        var both = Marks(new LayeredGazetteer(Actors(), Lists()), "Ada Rennick left Velmora.", out _);

        // When features are extracted for "Rennick", which only the first gazetteer marks
        var a = new ulong[NerFeatures.MaxPerToken];
        var b = new ulong[NerFeatures.MaxPerToken];
        var n = NerFeatures.Extract(document, sentence, keys, alone, 1, a);
        var m = NerFeatures.Extract(document, sentence, keys, both, 1, b);

        // Then it keeps every feature it had and gains only one: the second list's mark on its neighbour "Ada";
        // "left" likewise gains only the mark on its neighbour "Velmora"
        Assert.Subset(b[..m].ToHashSet(), a[..n].ToHashSet());
        Assert.Equal(n + 1, m);
        var c = new ulong[NerFeatures.MaxPerToken];
        Assert.Equal(
            NerFeatures.Extract(document, sentence, keys, alone, 2, a),
            NerFeatures.Extract(document, sentence, keys, both, 2, c) - 1);
    }

    [Fact]
    public void A_model_trained_with_layered_lists_records_their_name_and_refuses_the_first_list_alone()
    {
        // Given a model trained with the layered gazetteer and saved
        var layered = new LayeredGazetteer(Actors(), Lists());
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 2, MinFeatureCount: 1), gazetteer: layered).Train(NerTestData.Handful());
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-ner-layered-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);

            // When it is loaded with the first gazetteer alone, then it is refused with both names in the message
            var error = Assert.Throws<ModelLoadException>(() => NerModel.Load(path, Actors()));
            Assert.Contains("test-actors-v1+name-lists-v1(given-names,places)", error.Message);
            Assert.Contains("'test-actors-v1'", error.Message);

            // And loading with the same layers works
            Assert.Equal(layered.Name, NerModel.Load(path, new LayeredGazetteer(Actors(), Lists())).Gazetteer!.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_built_in_gazetteers_are_found_by_the_names_models_record()
    {
        // Given the names a model trained by train-ner may record
        // When they are looked up, then the actor gazetteer, the layered default and a layered subset are found
        Assert.Same(ActorGazetteer.Default, BuiltInGazetteers.Find(ActorGazetteer.DefaultName));
        Assert.Same(BuiltInGazetteers.ActorsAndLists, BuiltInGazetteers.Find("actor-kb-v1+name-lists-v1"));
        Assert.Equal("actor-kb-v1+name-lists-v1(places)", BuiltInGazetteers.Find("actor-kb-v1+name-lists-v1(places)")!.Name);
        Assert.Null(BuiltInGazetteers.Find("actor-kb-v1+rivers-v1"));
        Assert.Null(BuiltInGazetteers.Find("name-lists-v1"));
    }
}
