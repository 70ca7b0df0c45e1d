using Chronicle.Entities;
using Chronicle.Training.Conllu;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

public sealed class GumNamedMentionsTests
{
    private const string Sentence = """
        # text = US President Barack Obama met the Ada Rennick Foundation and Americans in New York.
        1	US	US	PROPN	NNP	Number=Sing	4	compound	_	Entity=(1-person-new-sssss-cf1-4-coref-Barack_Obama(2-place-new-nnnnn-cf2-1-sgl-United_States)
        2	President	president	PROPN	NNP	Number=Sing	4	compound	_	_
        3	Barack	Barack	PROPN	NNP	Number=Sing	4	flat	_	_
        4	Obama	Obama	PROPN	NNP	Number=Sing	5	nsubj	_	Entity=1)
        5	met	meet	VERB	VBD	_	0	root	_	_
        6	the	the	DET	DT	_	9	det	_	Entity=(3-organization-new-sssss-cf3-4-coref
        7	Ada	Ada	PROPN	NNP	Number=Sing	9	compound	_	Entity=(4-person-new-sssss-cf4-1-coref-Ada_Rennick
        8	Rennick	Rennick	PROPN	NNP	Number=Sing	7	flat	_	Entity=4)
        9	Foundation	Foundation	PROPN	NNP	Number=Sing	5	obj	_	Entity=3)
        10	and	and	CCONJ	CC	_	11	cc	_	_
        11	Americans	American	PROPN	NNPS	Number=Plur	9	conj	_	Entity=(5-person-new-nnnnn-cf5-1-sgl)
        12	in	in	ADP	IN	_	14	case	_	_
        13	New	New	PROPN	NNP	Number=Sing	14	compound	_	Entity=(6-place-new-nnnnn-cf6-2-sgl-New_York
        14	York	York	PROPN	NNP	Number=Sing	5	obl	_	Entity=6)|SpaceAfter=No
        15	.	.	PUNCT	.	_	5	punct	_	_

        """;

    [Fact]
    public void Named_mentions_become_flat_outermost_spans_without_titles()
    {
        // Given a GUM sentence with nested and titled mentions
        var sentence = ConlluReader.Read(new StringReader(Sentence.Replace("        ", ""))).Single();

        // When its named mentions are read
        var spans = GumNamedMentions.Read(sentence);

        // Then the title is dropped (the country before it is a name of its own), the nested person is hidden
        // by the organisation, plural people are NORP
        Assert.Equal(
            [
                new GumNamedMentions.NamedSpan(0, 1, EntityType.GPE),
                new GumNamedMentions.NamedSpan(2, 4, EntityType.PERSON),
                new GumNamedMentions.NamedSpan(6, 9, EntityType.ORG),
                new GumNamedMentions.NamedSpan(10, 11, EntityType.NORP),
                new GumNamedMentions.NamedSpan(12, 14, EntityType.GPE),
            ],
            spans);
    }
}
