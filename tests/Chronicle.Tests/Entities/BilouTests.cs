using Chronicle.Entities;

namespace Chronicle.Tests.Entities;

public sealed class BilouTests
{
    private static readonly ushort[] s_tags =
    [
        EntityTags.Outside,
        .. Enum.GetValues<EntityType>().Take(3).SelectMany(t => Enum.GetValues<BilouPosition>().Select(p => EntityTags.Of(t, p))),
    ];

    [Fact]
    public void Viterbi_never_yields_an_invalid_sequence_whatever_the_scores()
    {
        // Given random emission and transition scores that favour invalid tags
        var random = new Random(11);
        var k = s_tags.Length;
        var mask = BilouViterbi.TransitionMask(s_tags);
        var end = BilouViterbi.EndMask(s_tags);
        for (var trial = 0; trial < 500; trial++)
        {
            var n = random.Next(1, 30);
            var emissions = new float[n * k];
            for (var i = 0; i < emissions.Length; i++)
            {
                emissions[i] = (float)(random.NextDouble() * 20 - 5);
            }

            var transitions = mask.Select(m => m + (float)(random.NextDouble() * 10 - 5)).ToArray();
            var path = new int[n];

            // When the best path is decoded
            BilouViterbi.Decode(emissions, k, transitions, end, new int[n * k], new float[2 * k], path);

            // Then every bigram is allowed and no mention is left open
            ushort? previous = null;
            foreach (var c in path)
            {
                Assert.True(EntityTags.IsValidTransition(previous, s_tags[c]), $"{(previous is null ? "start" : EntityTags.Name(previous.Value))} → {EntityTags.Name(s_tags[c])}");
                previous = s_tags[c];
            }

            Assert.True(EntityTags.IsValidEnd(previous!.Value));
        }
    }

    [Fact]
    public void Tags_round_trip_through_their_names()
    {
        foreach (var tag in s_tags)
        {
            Assert.Equal(tag, EntityTags.Parse(EntityTags.Name(tag)));
        }
    }

    [Fact]
    public void An_unknown_tag_name_is_refused()
    {
        Assert.Throws<FormatException>(() => EntityTags.Parse("X-PERSON"));
        Assert.Throws<FormatException>(() => EntityTags.Parse("B-ANIMAL"));
    }
}
