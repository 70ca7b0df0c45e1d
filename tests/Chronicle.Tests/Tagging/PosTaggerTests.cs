using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Tagging;
using Chronicle.Tests.Support;
using Chronicle.Training.Tagging;

namespace Chronicle.Tests.Tagging;

public sealed class PosTaggerTests
{
    private static readonly TaggerTrainingOptions s_tiny = new() { Epochs = 10, Seed = 1 };

    [Fact]
    public void The_tagger_overfits_a_handful_of_sentences()
    {
        // Given five hand-annotated sentences
        var sentences = TreebankFixtures.Handful();

        // When a tagger is trained on them and tags them again
        var tagger = new PosTagger(TaggerTrainer.Train(sentences, s_tiny));

        // Then every Penn tag, UPOS and lemma is reproduced
        foreach (var sentence in sentences)
        {
            var document = sentence.ToDocument();
            tagger.Process(document);
            for (var i = 0; i < sentence.Length; i++)
            {
                var token = document.Token(i);
                Assert.Equal(sentence.Xpos[i], token.Tag);
                Assert.Equal(sentence.Upos[i], token.Pos);
                Assert.Equal(sentence.Lemmas[i], token.Lemma);
            }
        }
    }

    [Fact]
    public void A_saved_and_reloaded_tagger_tags_the_same()
    {
        // Given a trained tagger saved to a file
        var model = TaggerTrainer.Train(TreebankFixtures.Handful(), s_tiny);
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-tagger-{Guid.NewGuid():N}.bin");
        try
        {
            model.ToArchive().Save(path);

            // When it is loaded again
            var reloaded = TaggerModel.Load(path);

            // Then it tags a new sentence exactly as the original does
            var original = Tag(new PosTagger(model), "The court denounced the dog in Moscow .");
            var again = Tag(new PosTagger(reloaded), "The court denounced the dog in Moscow .");
            Assert.Equal(original, again);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_two_pass_tagger_reloads_with_its_second_pass_and_tags_the_same()
    {
        // Given a tagger trained with a second, right-context pass on jackknifed first-pass tags
        var model = TaggerTrainer.Train(TreebankFixtures.Handful(), s_tiny with { StackFolds = 2 });
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-tagger2-{Guid.NewGuid():N}.bin");
        try
        {
            // When it is saved and loaded again
            model.ToArchive().Save(path);
            var reloaded = TaggerModel.Load(path);

            // Then both passes survive and the reloaded tagger tags as the original does
            Assert.NotNull(model.Stacked);
            Assert.NotNull(reloaded.Stacked);
            const string text = "The court denounced the dog in Moscow . Officials said the visit ended .";
            Assert.Equal(Tag(new PosTagger(model), text), Tag(new PosTagger(reloaded), text));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_two_pass_tagger_whose_stack_margin_is_zero_tags_as_its_first_pass_alone()
    {
        // Given a two-pass tagger and the same model without its second pass
        var model = TaggerTrainer.Train(TreebankFixtures.Handful(), s_tiny with { StackFolds = 2 });
        var firstPassOnly = new TaggerModel(model.Tags, model.Upos, model.TagNames, model.UposClasses, model.TagDictionaryEntries, model.AmbiguityEntries,
            model.LemmaLexicon, model.LemmaRules, model.Classes, stacked: null, model.UposByTag);
        const string text = "Maria Lopez of Acme Corp said the plant would close . The union called the decision a betrayal .";

        // When the two-pass tagger skips the second pass for every word the first pass leads on by at least 0
        var skipped = Tag(new PosTagger(model) { StackMargin = 0f }, text);

        // Then it tags exactly as the first pass alone
        Assert.Equal(Tag(new PosTagger(firstPassOnly), text), skipped);
    }

    [Fact]
    public void The_committed_tagger_never_gives_a_word_a_UPOS_its_Penn_tag_does_not_take()
    {
        // Given the committed tagger and sentences where a word's UPOS and Penn tag could disagree
        var model = TreebankFixtures.CommittedTagger;
        var document = TestDocuments.Segmented(
            "The International Criminal Court issued an arrest warrant on Friday. Beijing said the warrant reflected double standards. " +
            "The war can not end until Russia pulls out, they said in the West. Few of them were dismissed as a ploy.");

        // When it tags them
        new PosTagger(model).Process(document);

        // Then every UPOS is one the word's Penn tag took in training, and the arrest warrant is a noun
        Assert.NotEmpty(model.UposByTag);
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            var token = document.Tokens[i];
            Assert.True(model.UposAllowed(token.Tag, Array.IndexOf([.. model.UposClasses], token.Pos)), $"{document.TextOf(i)}: {model.TagNames[token.Tag]} with {token.Pos}");
        }

        var warrant = Enumerable.Range(0, document.Tokens.Length).Select(document.Token).First(t => t.Text.SequenceEqual("warrant"));
        Assert.Equal(("NN", UniversalPos.NOUN), (warrant.Tag, warrant.Pos));
    }

    [Fact]
    public void Tagging_many_documents_in_parallel_equals_tagging_them_one_at_a_time()
    {
        // Given the committed tagger and a multi-sentence text
        var tagger = new PosTagger(TreebankFixtures.CommittedTagger);
        const string text = "Putin met Xi in Moscow on Tuesday. Washington denounced the visit. The talks ended late, officials said.";
        var expected = Tag(tagger, text);

        // When twenty copies are tagged concurrently with the same instance
        var results = new string[20];
        Parallel.For(0, results.Length, i => results[i] = Tag(tagger, text));

        // Then each equals the one-at-a-time result, sentence by sentence too
        Assert.All(results, r => Assert.Equal(expected, r));
        var oneByOne = string.Join(" ", new[] { "Putin met Xi in Moscow on Tuesday.", "Washington denounced the visit.", "The talks ended late, officials said." }.Select(s => Tag(tagger, s)));
        Assert.Equal(expected, oneByOne);
    }

    [Fact]
    public void The_committed_tagger_tags_and_lemmatises_the_seed_sentence_sensibly()
    {
        // Given the committed tagger
        var tagger = new PosTagger(TreebankFixtures.CommittedTagger);
        var document = TestDocuments.Segmented("Coming just days after an international court accused Putin of war crimes, Washington denounced Xi's visit, saying it showed Beijing was providing Moscow with diplomatic cover.");

        // When it tags the seed sentence
        tagger.Process(document);

        // Then the key words get the right tags and lemmas
        var tokens = Enumerable.Range(0, document.Tokens.Length).Select(document.Token).ToList();
        var denounced = tokens.Single(t => t.Text.SequenceEqual("denounced"));
        Assert.Equal(("VBD", UniversalPos.VERB, "denounce"), (denounced.Tag, denounced.Pos, denounced.Lemma));
        var washington = tokens.Single(t => t.Text.SequenceEqual("Washington"));
        Assert.Equal(UniversalPos.PROPN, washington.Pos);
        Assert.Equal("Washington", washington.Lemma);
        var crimes = tokens.Single(t => t.Text.SequenceEqual("crimes"));
        Assert.Equal(("NNS", "crime"), (crimes.Tag, crimes.Lemma));
        Assert.Equal("be", tokens.Single(t => t.Text.SequenceEqual("was")).Lemma);
        Assert.Equal(UniversalPos.AUX, tokens.Single(t => t.Text.SequenceEqual("was")).Pos);
    }

    [Fact]
    public void Empty_documents_and_a_2000_token_sentence_are_tagged_without_error()
    {
        // Given an empty document and one 2,000-token sentence
        var tagger = new PosTagger(TreebankFixtures.CommittedTagger);
        var empty = new Document("", new ArticleMetadata("empty"));
        var longText = string.Join(" ", Enumerable.Repeat("the officials said that", 500));
        var longDocument = new Document(longText, new ArticleMetadata("long"));
        new Chronicle.Segmentation.Segmenter().Process(longDocument);
        Assert.Single(longDocument.Sentences);

        // When both are tagged
        tagger.Process(empty);
        tagger.Process(longDocument);

        // Then nothing fails and every token of the long one is tagged
        Assert.Empty(empty.Tokens);
        Assert.Equal(2000, longDocument.Tokens.Length);
        Assert.All(longDocument.Tokens, t => Assert.NotEqual(UniversalPos.None, t.Pos));
    }

    [Fact]
    public void A_missing_or_corrupt_tagger_model_is_a_model_load_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-bad-tagger-{Guid.NewGuid():N}.bin");
        var missing = Assert.Throws<ModelLoadException>(() => TaggerModel.Load(path));
        Assert.Contains(path, missing.Message);
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 200).Select(i => (byte)(i * 7))]);
        try
        {
            var corrupt = Assert.Throws<ModelLoadException>(() => TaggerModel.Load(path));
            Assert.Contains(path, corrupt.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Tag(PosTagger tagger, string text)
    {
        var document = TestDocuments.Segmented(text);
        tagger.Process(document);
        return string.Join(" ", Enumerable.Range(0, document.Tokens.Length).Select(i => $"{document.Token(i)}/{document.Token(i).Tag}/{document.Token(i).Pos}/{document.Token(i).Lemma}"));
    }
}
