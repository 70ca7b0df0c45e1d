using Chronicle.Output;
using Chronicle.Pipeline;
using Chronicle.Quotes;
using Chronicle.Segmentation;
using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class QuoteExtractorPipeTests
{
    [Fact]
    public void The_extractor_is_refused_in_a_pipeline_without_entity_mentions()
    {
        // Given a pipeline with the segmenter but no NER before the quote extractor
        var builder = new PipelineBuilder().Add(new Segmenter()).Add(new QuoteExtractor());

        // When it is built
        var error = Assert.Throws<PipelineContractException>(builder.Build);

        // Then the missing layer is named
        Assert.Contains("EntityMentions", error.Message);
    }

    [Fact]
    public void Processing_assigns_the_quotes_and_the_record_names_the_speaker_entity()
    {
        // Given a document with a quote by a resolved entity
        var document = WithPeople("\"The harbour will reopen on Friday,\" Carla Diaz said.", "Carla Diaz");

        // When the component processes it and the record is projected
        new QuoteExtractor().Process(document);
        var article = ArticleProjector.Project(document);

        // Then the record's quote carries the text, the speaker's name, the cue and offsets into the body
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The harbour will reopen on Friday,", quote.Text);
        Assert.Equal("Carla Diaz", quote.Speaker);
        Assert.Equal("said", quote.Cue);
        Assert.Equal(quote.Text, document.Text[quote.Start..quote.End]);
    }
}
