using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Training;

public sealed class MentionScoresTests
{
    private static EntityMention M(int start, int end, EntityType type) => new(new TokenRange(start, end), new TextRange(start * 10, end * 10), type);

    [Fact]
    public void Only_the_same_tokens_with_the_same_class_count_as_right()
    {
        // Given gold "Maria Lopez" (PERSON) and "Acme Corp" (ORG), and predictions with the right person, the
        // organisation one token short, and an invented place
        var gold = new[] { M(0, 2, EntityType.PERSON), M(3, 5, EntityType.ORG) };
        var predicted = new[] { M(0, 2, EntityType.PERSON), M(3, 4, EntityType.ORG), M(7, 8, EntityType.GPE) };

        // When they are scored
        var scores = new MentionScores();
        scores.Add(gold, predicted);

        // Then the person is right, the partial organisation is both a false positive and a false negative, and
        // the place is a false positive of its own class
        Assert.Equal(new(1, 1, 1), scores.Counts(MentionClass.Person));
        Assert.Equal(new(0, 1, 1), scores.Counts(MentionClass.Org));
        Assert.Equal(new(0, 0, 1), scores.Counts(MentionClass.Place));
        Assert.Equal(new(1, 2, 3), scores.Counts());
        Assert.Equal(1.0 / 3, scores.Counts().Precision, 6);
        Assert.Equal(0.5, scores.Counts().Recall, 6);
    }

    [Fact]
    public void The_right_tokens_with_another_class_are_wrong()
    {
        // Given gold "Lakeview" as a place, predicted as a person
        var scores = new MentionScores();

        // When scored
        scores.Add([M(4, 5, EntityType.GPE)], [M(4, 5, EntityType.PERSON)]);

        // Then the place is missed and the person is spurious
        Assert.Equal(new(0, 1, 0), scores.Counts(MentionClass.Place));
        Assert.Equal(new(0, 0, 1), scores.Counts(MentionClass.Person));
    }

    [Fact]
    public void Gpe_loc_and_fac_are_one_place_class_with_their_own_precision_and_share()
    {
        // Given three gold places, predicted as a GPE, a LOC and a FAC that is one token too long
        var gold = new[] { M(0, 1, EntityType.GPE), M(2, 3, EntityType.GPE), M(5, 7, EntityType.GPE) };
        var predicted = new[] { M(0, 1, EntityType.GPE), M(2, 3, EntityType.LOC), M(5, 8, EntityType.FAC) };

        // When scored
        var scores = new MentionScores();
        scores.Add(gold, predicted);

        // Then GPE and LOC both match a gold place, FAC does not, and each type is counted apart
        Assert.Equal(new(2, 3, 3), scores.Counts(MentionClass.Place));
        Assert.Equal((1, 1), scores.PlaceType(EntityType.GPE));
        Assert.Equal((1, 1), scores.PlaceType(EntityType.LOC));
        Assert.Equal((1, 0), scores.PlaceType(EntityType.FAC));
        Assert.Throws<ArgumentOutOfRangeException>(() => scores.PlaceType(EntityType.ORG));
    }

    [Fact]
    public void Tallies_of_several_documents_add_up_and_duplicates_count_once()
    {
        // Given two documents, the second predicting the same group twice
        var first = new MentionScores();
        first.Add([M(0, 1, EntityType.NORP)], [M(0, 1, EntityType.NORP)]);
        var second = new MentionScores();
        second.Add([M(2, 4, EntityType.EVENT)], [M(0, 1, EntityType.NORP), M(0, 1, EntityType.NORP)]);

        // When the tallies are added
        first.Add(second);

        // Then each class has the sum, and the repeated prediction is one false positive
        Assert.Equal(new(1, 1, 2), first.Counts(MentionClass.Norp));
        Assert.Equal(new(0, 1, 0), first.Counts(MentionClass.Event));
    }
}
