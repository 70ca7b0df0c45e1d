using System.Text.Json.Nodes;
using Chronicle.Training.Evaluation;

namespace Chronicle.Tests.Evaluation;

public sealed class ArticleScorerTests
{
    private static ArticleScoreReport Score(string gold, string predicted) =>
        new ArticleScorer().Score([JsonNode.Parse(gold)!.AsObject()], [JsonNode.Parse(predicted)!.AsObject()]);

    [Fact]
    public void Entities_match_by_name_then_alias_with_GPE_and_LOC_as_one_type()
    {
        // Given gold entities (one optional) and predictions naming them by alias, with "the", as LOC, plus a date and a stray
        const string gold = """
            {"id": "a", "entities": [
              {"name": "Vladimir Putin", "type": "PERSON", "aliases": ["Putin"], "country": "RUS"},
              {"name": "Moscow", "type": "GPE"},
              {"name": "Kremlin", "type": "ORG", "optional": true}]}
            """;
        const string predicted = """
            {"id": "a", "entities": [
              {"name": "Putin", "type": "PERSON", "country": "RUS"},
              {"name": "Moscow", "type": "LOC"},
              {"name": "the Kremlin", "type": "ORG"},
              {"name": "Monday", "type": "DATE"},
              {"name": "NATO", "type": "ORG"}]}
            """;

        // When they are scored
        var report = Score(gold, predicted);

        // Then both required entities are found, the optional match costs nothing, NATO is spurious and DATE ignored
        Assert.Equal(new Prf(0.667, 1.0, 0.8), report.Entity);
        Assert.Equal(1.0, report.EntityCountryAccuracy);
        Assert.Equal(["a: NATO (ORG)"], report.Lists.Single(l => l.Key == "ent_spurious").Value);
    }

    [Fact]
    public void Named_speaker_attribution_counts_only_gold_speakers_written_as_plain_names()
    {
        // Given three found direct quotes: two with plain-name gold speakers (one attributed right, one wrong) and
        // one whose gold speaker is a description that score.py's surname test cannot match
        const string gold = """
            {"id": "q", "quotes": [
              {"text": "we will not back down on this", "speaker": "Nancy Pelosi", "direct": true},
              {"text": "the bill is dead on arrival here", "speaker": "Mitch McConnell", "direct": true},
              {"text": "this is a fight for our voters", "speaker": "Rep. Jane Doe (D-Ohio), head of the Caucus", "direct": true}]}
            """;
        const string predicted = """
            {"id": "q", "quotes": [
              {"text": "we will not back down on this", "speaker": "Nancy Pelosi", "direct": true},
              {"text": "the bill is dead on arrival here", "speaker": "Chuck Schumer", "direct": true},
              {"text": "this is a fight for our voters", "speaker": "Jane Doe", "direct": true}]}
            """;

        // When they are scored
        var report = Score(gold, predicted);

        // Then score.py's attribution is 1 of 3, and on named speakers 1 of the 2 plain names
        Assert.Equal(0.333, report.DirectQuoteAttributionAccuracy);
        Assert.Equal(2, report.DirectQuoteNamedSpeakers);
        Assert.Equal(0.5, report.DirectQuoteNamedSpeakerAccuracy);
    }

    [Fact]
    public void An_asserted_event_that_the_article_only_feared_is_a_modality_error()
    {
        // Given a symmetric meeting and a feared sanction in gold
        const string gold = """
            {"id": "e", "events": [
              {"source": "RUS", "event": ["CONSULT"], "target": "CHN", "symmetric": true, "modality": "asserted", "date": "2023-03-20"},
              {"source": "USA", "event": ["SANCTION"], "target": "CHN", "modality": "hypothetical"}]}
            """;

        // And predictions with the meeting reversed, the sanction asserted, and a planned aid event
        const string predicted = """
            {"id": "e", "events": [
              {"source": "CHNGOV", "event": "CONSULT", "target": "RUSGOV", "modality": "asserted", "date": "2023-03-20"},
              {"source": "USAGOV", "event": "SANCTION", "target": "CHNGOV", "modality": "asserted"},
              {"source": "RUS", "event": "AID", "target": "CHN", "modality": "planned"}]}
            """;

        // When they are scored
        var report = Score(gold, predicted);

        // Then the meeting is found with its date, the sanction is a false positive and a modality error, the plan ignored
        Assert.Equal(new Prf(0.5, 1.0, 0.667), report.Event);
        Assert.Equal(1, report.EventModalityErrors);
        Assert.Equal(1.0, report.EventDateAccuracy);
        Assert.Equal(
            ["e: ('USA', 'SANCTION', 'CHN') reported as fact; article: hypothetical"],
            report.Lists.Single(l => l.Key == "ev_modality_list").Value);
    }

    [Fact]
    public void A_prediction_also_matching_an_asserted_gold_event_is_no_modality_error()
    {
        // Given the same triple asserted once and planned once in gold
        const string gold = """
            {"id": "m", "events": [
              {"source": "USA", "event": ["SANCTION"], "target": "RUS", "modality": "asserted"},
              {"source": "USA", "event": ["SANCTION"], "target": "RUS", "modality": "planned"}]}
            """;
        const string predicted = """{"id": "m", "events": [{"source": "USA", "event": "SANCTION", "target": "RUS", "modality": "asserted"}]}""";

        // When they are scored
        var report = Score(gold, predicted);

        // Then the prediction is a true positive and not an error
        Assert.Equal(0, report.EventModalityErrors);
        Assert.Equal(new Prf(1.0, 1.0, 1.0), report.Event);
    }

    [Fact]
    public void Quotes_match_at_seventy_percent_word_overlap_and_speakers_by_surname()
    {
        // Given two direct quotes (one not attributable), an optional one and an indirect one
        const string gold = """
            {"id": "q", "quotes": [
              {"speaker": "Vladimir Putin", "text": "We will work together for peace in the world", "direct": true},
              {"speaker": "an aide", "text": "The talks were very productive indeed", "direct": true, "speaker_scorable": false},
              {"speaker": "Xi Jinping", "text": "Dear friend", "direct": true, "optional": true},
              {"speaker": "John Kirby", "text": "China is not impartial", "direct": false}]}
            """;

        // And predictions: a shortened quote with the surname, the second quote, the optional one, and no indirect quote
        const string predicted = """
            {"id": "q", "quotes": [
              {"speaker": "Putin", "text": "We will work together for peace", "direct": true},
              {"speaker": "Someone", "text": "the talks were very productive", "direct": true},
              {"speaker": "Xi", "text": "dear friend"}]}
            """;

        // When they are scored
        var report = Score(gold, predicted);

        // Then both required direct quotes are found, the optional match is neutral, attribution is 1/1 scorable
        Assert.Equal(new Prf(1.0, 1.0, 1.0), report.DirectQuote);
        Assert.Equal(1.0, report.DirectQuoteAttributionAccuracy);
        Assert.Equal(0.0, report.IndirectQuoteRecall);
        Assert.Equal(["q: [indirect] John Kirby: 'China is not impartial'"], report.Lists.Single(l => l.Key == "quote_missed").Value);
    }

    [Fact]
    public void Only_the_layers_a_gold_record_scores_count()
    {
        // Given a gold record that scores dates only, with an unresolvable date
        const string gold = """
            {"id": "d", "scored": ["dates"], "entities": [{"name": "Texas", "type": ["GPE", "LOC"]}],
             "dates": [{"text": "Monday", "value": "2023-03-20"}, {"text": "next year", "value": null}, {"text": "May 2009", "value": "2009-05"}]}
            """;
        const string predicted = """{"id": "d", "dates": [{"text": "monday", "value": "2023-03-20"}, {"text": "May 2009", "value": "2009"}]}""";

        // When it is scored
        var report = Score(gold, predicted);

        // Then entities are not scored and one of the two resolvable dates is right
        Assert.Null(report.Entity);
        Assert.Equal(0.5, report.TimexAccuracy);
    }

    [Fact]
    public void A_gold_article_without_prediction_is_missing_and_scored_as_empty()
    {
        // Given two gold articles and a prediction for one
        var gold = new[]
        {
            JsonNode.Parse("""{"id": "x", "entities": [{"name": "Paris", "type": "GPE"}]}""")!.AsObject(),
            JsonNode.Parse("""{"id": "y", "entities": [{"name": "Rome", "type": "GPE"}]}""")!.AsObject(),
        };
        var predicted = new[] { JsonNode.Parse("""{"id": "x", "entities": [{"name": "Paris", "type": "GPE"}]}""")!.AsObject() };

        // When they are scored
        var report = new ArticleScorer().Score(gold, predicted);

        // Then one article is missing and its entity counts as missed
        Assert.Equal(2, report.Articles);
        Assert.Equal(1, report.ArticlesMissing);
        Assert.Equal(new Prf(1.0, 0.5, 0.667), report.Entity);
        Assert.StartsWith("articles: 2\narticles_missing: 1\nentity_prf: (1.0, 0.5, 0.667)\n", report.ToText(verbose: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Kremlin's", "kremlin")]
    [InlineData("Jos\u00E9 Mar\u00EDa Aznar", "jose maria aznar")]
    [InlineData("  the   U.S.-led   coalition ", "u s led coalition")]
    [InlineData("Xi\u2019s", "xi")]
    [InlineData("theory", "theory")]
    [InlineData("the", "the")]
    public void Names_are_normalised_as_score_py_normalises_them(string text, string expected)
    {
        // Given a name as written
        // When it is normalised
        // Then accents, "'s", punctuation, a leading "the" and extra space are gone
        Assert.Equal(expected, ScoreText.Norm(text));
    }

    [Theory]
    [InlineData(0.0625, 0.062)]
    [InlineData(0.1875, 0.188)]
    [InlineData(0.1235, 0.123)]
    [InlineData(2.0 / 3.0, 0.667)]
    [InlineData(0.8, 0.8)]
    public void Rounding_is_Pythons_round_half_even_on_the_exact_value(double value, double expected)
    {
        // Given a ratio
        // When it is rounded to three decimals
        // Then ties go to even and near-ties follow the exact binary value, as in CPython
        Assert.Equal(expected, PythonValues.Round3(value));
    }
}
