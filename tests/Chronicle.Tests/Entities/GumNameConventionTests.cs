using Chronicle.Entities;
using Chronicle.Training.Conllu;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

public sealed class GumNameConventionTests
{
    // Invented, annotated as GUM does: "United" is UPOS VERB with XPOS NNP, and the town in the university's "of"
    // complement is a named mention of its own; the person's "of" complement is another case.
    private const string Sentence = """
        # text = Ada Rennick of Brackford joined the University of Lakeview in the United Provinces.
        1	Ada	Ada	PROPN	NNP	Number=Sing	5	nsubj	_	Entity=(1-person-new-sssss-cf1-2-coref
        2	Rennick	Rennick	PROPN	NNP	Number=Sing	1	flat	_	_
        3	of	of	ADP	IN	_	4	case	_	_
        4	Brackford	Brackford	PROPN	NNP	Number=Sing	1	nmod	_	Entity=(2-place-new-sssss-cf2-1-sgl)1)
        5	joined	join	VERB	VBD	_	0	root	_	_
        6	the	the	DET	DT	_	7	det	_	Entity=(3-organization-new-sssss-cf3-2-coref
        7	University	University	PROPN	NNP	Number=Sing	5	obj	_	_
        8	of	of	ADP	IN	_	9	case	_	_
        9	Lakeview	Lakeview	PROPN	NNP	Number=Sing	7	nmod	_	Entity=(4-place-new-sssss-cf4-1-sgl)3)
        10	in	in	ADP	IN	_	13	case	_	_
        11	the	the	DET	DT	_	13	det	_	Entity=(5-place-new-sssss-cf5-2-sgl
        12	United	unite	VERB	NNP	Tense=Past|VerbForm=Part	13	amod	_	_
        13	Provinces	Provinces	PROPN	NNPS	Number=Plur	5	obl	_	Entity=5)|SpaceAfter=No
        14	.	.	PUNCT	.	_	5	punct	_	_

        """;

    private static ConlluSentence Read() => ConlluReader.Read(new StringReader(Sentence.Replace("        ", ""))).Single();

    [Fact]
    public void Gum_s_convention_cuts_names_at_nested_names_and_leaves_out_a_verb_tagged_proper_noun()
    {
        // Given the sentence
        // When its named mentions are read as the recogniser is trained
        var spans = GumNamedMentions.Read(Read());

        // Then the person stops before "of Brackford", the university is "University" with the town apart, and the
        // country is "Provinces"
        Assert.Equal(
            [
                new GumNamedMentions.NamedSpan(0, 2, EntityType.PERSON),
                new GumNamedMentions.NamedSpan(3, 4, EntityType.GPE),
                new GumNamedMentions.NamedSpan(6, 7, EntityType.ORG),
                new GumNamedMentions.NamedSpan(8, 9, EntityType.GPE),
                new GumNamedMentions.NamedSpan(12, 13, EntityType.GPE),
            ],
            spans);
    }

    [Fact]
    public void Whole_names_keep_an_organisation_s_of_complement_and_every_proper_noun_tagged_word()
    {
        // Given the sentence
        // When its named mentions are read as whole names
        var spans = GumNamedMentions.Read(Read(), GumNameConvention.WholeNames);

        // Then the university's name runs through its complement and "United" is part of the country, while a
        // person's "of" complement stays a place of its own
        Assert.Equal(
            [
                new GumNamedMentions.NamedSpan(0, 2, EntityType.PERSON),
                new GumNamedMentions.NamedSpan(3, 4, EntityType.GPE),
                new GumNamedMentions.NamedSpan(6, 9, EntityType.ORG),
                new GumNamedMentions.NamedSpan(11, 13, EntityType.GPE),
            ],
            spans);
    }

    // Invented: GUM heads "nominee Ada Rennick" by the role noun and attaches the name as flat.
    private const string RoleSentence = """
        # text = The party nominee Ada Rennick spoke.
        1	The	the	DET	DT	_	3	det	_	Entity=(1-person-new-sssss-cf1-4-coref
        2	party	party	NOUN	NN	Number=Sing	3	compound	_	_
        3	nominee	nominee	NOUN	NN	Number=Sing	6	nsubj	_	_
        4	Ada	Ada	PROPN	NNP	Number=Sing	3	flat	_	_
        5	Rennick	Rennick	PROPN	NNP	Number=Sing	3	flat	_	Entity=1)
        6	spoke	speak	VERB	VBD	_	0	root	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	6	punct	_	_

        """;

    [Fact]
    public void A_name_attached_to_a_role_noun_is_a_person_only_as_whole_names()
    {
        // Given a person mention headed by its role noun
        var sentence = ConlluReader.Read(new StringReader(RoleSentence.Replace("        ", ""))).Single();

        // When it is read under each convention
        var gum = GumNamedMentions.Read(sentence);
        var whole = GumNamedMentions.Read(sentence, GumNameConvention.WholeNames);

        // Then GUM's convention has no named mention (the head is a common noun), whole names have the person
        Assert.Empty(gum);
        Assert.Equal([new GumNamedMentions.NamedSpan(3, 5, EntityType.PERSON)], whole);
    }
}
