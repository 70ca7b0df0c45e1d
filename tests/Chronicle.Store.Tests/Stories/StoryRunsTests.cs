using Chronicle.Store.Stories;

namespace Chronicle.Store.Tests.Stories;

public sealed class StoryRunsTests
{
    [Fact]
    public void A_touched_day_reaches_the_whole_runs_beside_it_and_no_further()
    {
        // Given stored dates forming runs 1–3 March, 5 March and 20–21 March
        string[] stored = ["2023-03-01", "2023-03-02", "2023-03-03", "2023-03-05", "2023-03-20", "2023-03-21"];

        // When 4 March is touched (an event added or removed there)
        var ranges = StoryRuns.Ranges(stored, ["2023-03-04"]);

        // Then both neighbouring runs are re-merged, the one two weeks later is not
        Assert.Equal([("2023-03-01", "2023-03-05")], ranges);
    }

    [Fact]
    public void Touched_days_far_apart_give_separate_ranges()
    {
        string[] stored = ["2023-03-01", "2023-03-20"];

        var ranges = StoryRuns.Ranges(stored, ["2023-03-20", "2023-03-01"]);

        Assert.Equal([("2023-02-28", "2023-03-02"), ("2023-03-19", "2023-03-21")], ranges);
    }
}
