using Chronicle.Entities;
using Chronicle.Tests.Support;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

public sealed class NameLexiconTests
{
    [Fact]
    public void A_form_mostly_tagged_as_a_person_packs_the_person_type_and_the_top_share()
    {
        // Given 10 uses, 9 of them tagged PERSON and 1 ORG
        var perType = new int[Enum.GetValues<EntityType>().Length];
        perType[(int)EntityType.PERSON] = 9;
        perType[(int)EntityType.ORG] = 1;

        // When packed
        var value = NameLexicon.Pack(10, perType);

        // Then PERSON is set, ORG (a tenth of the tagged uses) is not, and the share is in the top bucket
        Assert.Equal(1 << (int)EntityType.PERSON, value & 0xFF);
        Assert.Equal(3, (value >> 8) & 3);
    }

    [Fact]
    public void A_form_rarely_tagged_is_not_worth_storing()
    {
        // Given 20 uses of which one was tagged
        var perType = new int[Enum.GetValues<EntityType>().Length];
        perType[(int)EntityType.GPE] = 1;

        // When packed
        // Then there is nothing to store
        Assert.Equal(0, NameLexicon.Pack(20, perType));
    }

    [Fact]
    public void Entries_are_looked_up_by_exact_form()
    {
        // Given a lexicon of one entry
        var lexicon = new NameLexicon(["Gertrude\t1025"]);

        // When forms are looked up
        // Then only the exact form is known
        Assert.Equal(1025, lexicon.Of("Gertrude"));
        Assert.Equal(0, lexicon.Of("gertrude"));
        Assert.Equal(0, lexicon.Of("Stein"));
        Assert.Equal(1, lexicon.Count);
    }

    [Theory]
    [InlineData("Gertrude")]
    [InlineData("Gertrude\tx")]
    [InlineData("\t12")]
    [InlineData("Gertrude\t0")]
    public void A_malformed_entry_is_a_format_error_naming_it(string entry)
    {
        // Given a malformed entry
        // When a lexicon is made of it
        var error = Assert.Throws<FormatException>(() => new NameLexicon([entry]));

        // Then the message quotes it
        Assert.Contains(entry, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_builder_counts_what_the_first_stage_tags_in_the_corpus()
    {
        // Given a model trained on a handful of sentences and a corpus that uses one of their names
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 15, MinFeatureCount: 1, PruneBelow: 0f)).Train(NerTestData.Handful());
        var corpus = Enumerable.Range(0, 3).Select(_ => TestDocuments.Segmented("Vladimir Putin met Xi Jinping in Moscow on Tuesday.")).ToList();

        // When the lexicon is built from the corpus
        var lexicon = new NameLexiconBuilder(minUses: 3).Build(model, corpus);

        // Then the name the model tags is listed with its type, and lower-case words are not listed
        Assert.Equal(1 << (int)EntityType.PERSON, lexicon.Of("Putin") & (1 << (int)EntityType.PERSON));
        Assert.Equal(1 << (int)EntityType.GPE, lexicon.Of("Moscow") & (1 << (int)EntityType.GPE));
        Assert.Equal(0, lexicon.Of("met"));
    }

    [Fact]
    public void A_stacked_model_with_a_lexicon_keeps_it_through_save_and_reload()
    {
        // Given a two-stage model trained with an unlabelled corpus
        var examples = Enumerable.Range(0, 3).SelectMany(_ => NerTestData.Handful()).ToList();
        var corpus = Enumerable.Range(0, 3).Select(_ => TestDocuments.Segmented("Vladimir Putin met Xi Jinping in Moscow on Tuesday.")).ToList();
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 5, MinFeatureCount: 1, PruneBelow: 0f), corpus: corpus).TrainStacked(examples, folds: 2);
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-ner-lexicon-{Guid.NewGuid():N}.bin");
        try
        {
            // When it is saved and loaded back
            model.Save(path);
            var reloaded = NerModel.Load(path);

            // Then the lexicon came back whole
            Assert.NotNull(model.Lexicon);
            Assert.NotNull(reloaded.Lexicon);
            Assert.Equal(model.Lexicon.Entries, reloaded.Lexicon.Entries);
            Assert.True(reloaded.Lexicon.Of("Putin") != 0);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
