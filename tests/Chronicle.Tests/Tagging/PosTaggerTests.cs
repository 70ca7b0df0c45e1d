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
