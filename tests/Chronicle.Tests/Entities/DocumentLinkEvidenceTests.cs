using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Entities;

/// <summary>Feature set 8's non-local evidence: document acronyms and the first stage's majority type per form.</summary>
public sealed class DocumentLinkEvidenceTests
{
    private const string AcronymText = "Prices rose after the Quorn Trading Board met. Later the QTB said prices would rise.";

    private static ushort[] Tags(Document document, params (int Start, int Length, EntityType Type)[] names)
    {
        var tags = new ushort[document.Tokens.Length];
        foreach (var (start, length, type) in names)
        {
            for (var i = 0; i < length; i++)
            {
                var position = length == 1 ? BilouPosition.Unit : i == 0 ? BilouPosition.Begin : i == length - 1 ? BilouPosition.Last : BilouPosition.Inside;
                tags[start + i] = EntityTags.Of(type, position);
            }
        }

        return tags;
    }

    [Fact]
    public void A_bare_acronym_that_spells_a_name_elsewhere_in_the_document_is_linked_to_it()
    {
        // Given a document naming an organisation in full and later by its initials
        var document = TestDocuments.Segmented(AcronymText);

        // When the words-only evidence is built
        var evidence = new DocumentEvidence(document);

        // Then the acronym is linked (1, no types yet) and an unrelated all-capital word is not
        Assert.Equal(1, evidence.AcronymLinkOf("QTB"));
        Assert.Equal(0, evidence.AcronymLinkOf("XYZ"));
        Assert.Equal(0, evidence.AcronymLinkOf("Qtb"));
        Assert.True(evidence.HasAcronym(DocumentEvidence.AcronymKey("QTB")));
    }

    [Fact]
    public void The_acronym_link_carries_the_type_the_first_stage_gave_the_full_name()
    {
        // Given first-stage tags that read the full name as an organisation
        var document = TestDocuments.Segmented(AcronymText);
        var tags = Tags(document, (4, 3, EntityType.ORG));

        // When the evidence takes the predictions
        var evidence = new DocumentEvidence(document).WithPredictions(document, tags);

        // Then the acronym's link has the ORG bit set above the "linked" bit
        Assert.Equal(1 | (2 << (int)EntityType.ORG), evidence.AcronymLinkOf("QTB"));
    }

    [Fact]
    public void The_words_of_a_name_whose_acronym_the_document_uses_are_marked()
    {
        // Given the same document and one without the acronym
        var withAcronym = TestDocuments.Segmented(AcronymText);
        var without = TestDocuments.Segmented("Prices rose after the Quorn Trading Board met. Later it said prices would rise.");

        // When the token keys of the first sentence are prepared with each document's evidence
        static int[] Marks(Document document)
        {
            var sentence = document.Sentences[0].Tokens;
            var keys = new NerFeatures.TokenKeys[sentence.Length];
            NerFeatures.Prepare(document, sentence, clusters: null, new DocumentEvidence(document), keys);
            return [.. keys.Select(k => k.RunHasAcronym)];
        }

        // Then only the run's words in the first document carry the mark
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 0, 0], Marks(withAcronym));
        Assert.All(Marks(without), m => Assert.Equal(0, m));
    }

    [Fact]
    public void The_majority_type_and_the_tagged_share_of_a_repeated_form_are_recorded()
    {
        // Given a surname used capitalised three times, tagged PERSON twice and ORG never, and a form used once
        var document = TestDocuments.Segmented("Maria Lopez spoke. Lopez left early. Later Lopez returned to Acme.");
        var tags = Tags(document, (0, 2, EntityType.PERSON), (4, 1, EntityType.PERSON), (12, 1, EntityType.ORG));

        // When the evidence takes the predictions
        var evidence = new DocumentEvidence(document).WithPredictions(document, tags);

        // Then "Lopez" has PERSON as its majority with two of three uses tagged (share bucket 2), "Acme" (used once) nothing
        Assert.Equal(((int)EntityType.PERSON + 1) | (2 << 4), evidence.MajorityOf("Lopez"));
        Assert.Equal(0, evidence.MajorityOf("Acme"));
        Assert.Equal(0, new DocumentEvidence(document).MajorityOf("Lopez"));
    }

    [Fact]
    public void Evidence_built_without_links_answers_nothing_for_them_but_keeps_the_predicted_types()
    {
        // Given the acronym document and first-stage tags, with evidence built for a model older than feature set 8
        var document = TestDocuments.Segmented(AcronymText);
        var tags = Tags(document, (4, 3, EntityType.ORG));

        // When the evidence takes the predictions
        var evidence = new DocumentEvidence(document, links: false).WithPredictions(document, tags);

        // Then the links are empty and the per-form types are still there
        Assert.Equal(0, evidence.AcronymLinkOf("QTB"));
        Assert.False(evidence.HasAcronym(DocumentEvidence.AcronymKey("QTB")));
        Assert.Equal(0, evidence.MajorityOf("Quorn"));
        Assert.Equal(1 << (int)EntityType.ORG, evidence.PredictedTypesOf("Quorn"));
    }

    [Fact]
    public void A_leading_The_is_left_out_of_a_run_s_initials()
    {
        // Given a sentence-initial name with "The" and a later acronym without it
        var document = TestDocuments.Segmented("The Quorn Trading Board met. Then the QTB spoke.");

        // When the evidence is built
        var evidence = new DocumentEvidence(document);

        // Then the acronym is linked to the name
        Assert.Equal(1, evidence.AcronymLinkOf("QTB"));
    }

    [Fact]
    public void A_run_ends_after_its_last_capitalised_word_and_crosses_connectors()
    {
        // Given a name joined by "of" and followed by a lower-case verb
        var document = TestDocuments.Segmented("Yesterday the Bank of Quorn said nothing.");
        var sentence = document.Sentences[0].Tokens;

        // When the run starting at "Bank" is measured
        var end = NerFeatures.RunEnd(document, sentence, 2);

        // Then it covers "Bank of Quorn" and stops before "said"
        Assert.Equal(5, end);
    }
}
