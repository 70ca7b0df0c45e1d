using Chronicle.Segmentation;
using Chronicle.Tests.Support;
using Chronicle.Training.Evaluation;

namespace Chronicle.Tests.Evaluation;

public sealed class UdSegmentationTests
{
    private const string Sample = """
        # newdoc id = doc1
        # newpar
        # sent_id = 1
        # text = Putin's visit didn't end.
        1-2	Putin's	_	_	_	_	_	_	_	_
        1	Putin	Putin	PROPN	NNP	_	3	nmod:poss	_	_
        2	's	's	PART	POS	_	1	case	_	_
        3	visit	visit	NOUN	NN	_	6	nsubj	_	_
        4-5	didn't	_	_	_	_	_	_	_	_
        4	did	do	AUX	VBD	_	6	aux	_	_
        5	n't	not	PART	RB	_	6	advmod	_	_
        6	end	end	VERB	VB	_	0	root	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	6	punct	_	_

        # sent_id = 2
        # text = Its fine
        1-2	Its	_	_	_	_	_	_	_	_
        1	It	it	PRON	PRP	_	3	nsubj	_	_
        2	's	be	AUX	VBZ	_	3	cop	_	CorrectForm='s
        3	fine	fine	ADJ	JJ	_	0	root	_	_

        # newpar
        # sent_id = 3
        # text = Next (one).
        1	Next	next	ADJ	JJ	_	0	root	_	_
        2	(	(	PUNCT	-LRB-	_	3	punct	_	SpaceAfter=No
        3	one	one	NUM	CD	_	1	appos	_	SpaceAfter=No
        4	)	)	PUNCT	-RRB-	_	3	punct	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	1	punct	_	_

        """;

    [Fact]
    public void A_treebank_document_is_rebuilt_as_text_with_word_spans_where_words_spell_the_surface()
    {
        // Given a CoNLL-U document with multiword tokens, SpaceAfter=No and two paragraphs
        var path = Path.Combine(Path.GetTempPath(), $"ud-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, Sample.ReplaceLineEndings("\n"));
        try
        {
            // When it is read
            var document = Assert.Single(UdDocumentReader.Read(path));

            // Then the text has its spacing and paragraph break, and tokens are words or (for "Its") the surface
            Assert.Equal("Putin's visit didn't end. Its fine\n\nNext (one).", document.Text);
            Assert.Equal(
                ["Putin", "'s", "visit", "did", "n't", "end", ".", "Its", "fine", "Next", "(", "one", ")", "."],
                document.Tokens.Select(t => document.Text[t.Start..t.End]));
            Assert.Equal([25, 34, 47], document.SentenceEnds);
            Assert.Equal(2, document.Paragraphs.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Token_and_sentence_scores_count_exact_spans_and_end_offsets()
    {
        // Given the rebuilt document
        var path = Path.Combine(Path.GetTempPath(), $"ud-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, Sample.ReplaceLineEndings("\n"));
        try
        {
            // When the segmenter is scored on it
            var scores = new SegmentationEvaluator(new Segmenter()).Evaluate("sample", UdDocumentReader.Read(path));

            // Then every token (including the surface "Its") and every sentence end, the one inside the first paragraph included, is found
            Assert.Equal(14, scores.Tokens.Gold);
            Assert.Equal(14, scores.Tokens.TruePositives);
            Assert.Equal(3, scores.SentenceBoundaries.Gold);
            Assert.Equal(3, scores.SentenceBoundaries.TruePositives);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Segmentation_scores_on_UD_gold_stay_at_their_measured_levels()
    {
        // Given the UD English treebanks of ../shared
        var sets = UdSegmentationSets.Find(SharedData.SharedPath("corpora", "ud"), includeTuning: false)
            .ToDictionary(s => s.Name, s => s.Files);

        // When the segmenter is scored on EWT test and GUM news
        var ewt = new SegmentationEvaluator(new Segmenter()).Evaluate(UdSegmentationSets.EwtTest, sets[UdSegmentationSets.EwtTest].SelectMany(UdDocumentReader.Read));
        var gum = new SegmentationEvaluator(new Segmenter()).Evaluate(UdSegmentationSets.GumNews, sets[UdSegmentationSets.GumNews].SelectMany(UdDocumentReader.Read));

        // Then the figures measured when the segmenter was tuned hold (targets: GUM news token F1 ≥ 0.99, sentence F1 ≥ 0.95)
        Assert.Equal(16, gum.Documents);
        Assert.True(gum.Tokens.F1 >= 0.997, $"GUM news token F1 {gum.Tokens.F1:F4}");
        Assert.True(gum.SentenceBoundaries.F1 >= 0.980, $"GUM news sentence F1 {gum.SentenceBoundaries.F1:F4}");
        Assert.True(ewt.Tokens.F1 >= 0.988, $"EWT test token F1 {ewt.Tokens.F1:F4}");
        Assert.True(ewt.SentenceBoundaries.F1 >= 0.925, $"EWT test sentence F1 {ewt.SentenceBoundaries.F1:F4}");
    }
}
