using Chronicle.Entities;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;
using Chronicle.Training.Conllu;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Training;

public sealed class GumArticleReaderTests
{
    // Invented: two paragraphs, a headline and a body sentence with a person and an organisation.
    private const string Conllu = """
        # newdoc id = GUM_news_invented
        # meta::dateCreated = 2019-04-02
        # meta::title = Acme Corp hires Maria Lopez
        # newpar
        # sent_id = invented-1
        1	Acme	Acme	PROPN	NNP	Number=Sing	2	compound	_	Entity=(1-organization-new-sssss-cf1-2-coref
        2	Corp	Corp	PROPN	NNP	Number=Sing	3	nsubj	_	Entity=1)
        3	hires	hire	VERB	VBZ	_	0	root	_	_
        4	Maria	Maria	PROPN	NNP	Number=Sing	3	obj	_	Entity=(2-person-new-sssss-cf2-2-coref
        5	Lopez	Lopez	PROPN	NNP	Number=Sing	4	flat	_	Entity=2)

        # newpar
        # sent_id = invented-2
        1	Maria	Maria	PROPN	NNP	Number=Sing	3	nsubj	_	Entity=(2-person-giv-sssss-cf2-2-coref
        2	Lopez	Lopez	PROPN	NNP	Number=Sing	1	flat	_	Entity=2)
        3	said	say	VERB	VBD	_	0	root	_	_
        4	Acme	Acme	PROPN	NNP	Number=Sing	5	compound	_	Entity=(1-organization-giv-sssss-cf1-2-coref
        5	Corp	Corp	PROPN	NNP	Number=Sing	7	nsubj	_	Entity=1)
        6	would	would	AUX	MD	_	7	aux	_	_
        7	grow	grow	VERB	VB	_	3	ccomp	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private static GumArticle Read() =>
        GumArticleReader.Read("GUM_news_invented", ConlluReader.Read(new StringReader(Conllu.Replace("        ", ""))).ToList());

    [Fact]
    public void A_gum_document_becomes_an_article_on_its_own_tokens_with_paragraphs_and_metadata()
    {
        // Given an invented GUM document of two paragraphs
        // When it is read as an article
        var article = Read();
        var document = article.Document;

        // Then the text keeps GUM's spacing, paragraphs are apart by a blank line, and the metadata come from the comments
        Assert.Equal("Acme Corp hires Maria Lopez\n\nMaria Lopez said Acme Corp would grow.", document.Text);
        Assert.Equal(13, document.Tokens.Length);
        Assert.Equal([0, 1], document.Sentences.Select(s => s.Paragraph));
        Assert.Equal(2, document.Paragraphs.Count);
        Assert.Equal(new DateOnly(2019, 4, 2), document.Metadata.Published);
        Assert.Equal("Acme Corp hires Maria Lopez", document.Metadata.Title);

        // And the gold names are the sentence's named mentions at document token offsets
        Assert.Equal(
            ["Acme Corp/ORG", "Maria Lopez/PERSON", "Maria Lopez/PERSON", "Acme Corp/ORG"],
            article.Gold.Select(m => $"{document.TextOf(m.Characters)}/{m.Type}"));
        Assert.Equal(5, article.Gold[2].Tokens.Start);
        Assert.Equal(article.Gold, article.WholeNameGold);
    }

    [Fact]
    public void The_evaluator_scores_the_entity_stage_and_the_recogniser_of_one_pipeline_run()
    {
        // Given the standard pipeline with the committed models, and the invented document
        var evaluator = new EntityStageEvaluator(StandardPipeline.CreateAnalyzer(SharedData.RepositoryPath("models")).Pipeline);

        // When the pipeline reads it on the gold tokens
        var comparison = evaluator.Evaluate(Read());

        // Then the tokens stay GUM's, the recogniser's mentions are kept apart from the stage's, and the stage's
        // named mentions find the person and the organisation of the body sentence
        Assert.Equal(13, comparison.Document.Tokens.Length);
        Assert.NotEmpty(comparison.Document.Entities);
        Assert.NotEmpty(comparison.Recogniser);
        var stage = comparison.Stage.Select(m => $"{comparison.Document.TextOf(m.Characters)}/{m.Type}").ToList();
        Assert.Contains("Maria Lopez/PERSON", stage);
        Assert.Contains("Acme Corp/ORG", stage);
        Assert.All(comparison.Stage, m => Assert.True(m.Tokens.End <= 13));
    }

    [Fact]
    public void The_evaluator_needs_a_recogniser_and_the_entity_stage()
    {
        // Given a pipeline with neither
        var pipeline = new PipelineBuilder().Add(new Chronicle.Segmentation.Segmenter()).Build();

        // When an evaluator is made over it, Then it says what is missing
        var error = Assert.Throws<ArgumentException>(() => new EntityStageEvaluator(pipeline));
        Assert.Contains("entity stage", error.Message);
    }
}
