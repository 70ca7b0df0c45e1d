using System.Text.Json;
using Chronicle.Events;
using Chronicle.Ingestion;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

/// <summary>The whole pipeline on the seed article (skips without ../shared): the meeting and the warrant are found, the two traps are never facts (dates are pinned on hand-built documents until the time tagger is merged).</summary>
public sealed class EventCoderSeedTests
{
    [Fact]
    public void The_seed_article_reports_the_meeting_and_the_warrant_and_neither_trap_as_fact()
    {
        // Given
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.SharedPath("gold", "seed-putin-xi-moscow.json")));
        var text = gold.RootElement.GetProperty("text").GetString()!;
        var analyzer = StandardPipeline.CreateAnalyzer();

        // When
        var document = analyzer.Read(new ArticleInput("seed", Text: text, Published: new DateOnly(2023, 3, 21)));
        var asserted = document.Events.Where(e => e.Modality == Modality.Asserted).ToList();

        // Then
        Assert.Contains(asserted, e => e.Type == PloverType.CONSULT
            && new[] { e.SourceActor?.Prefix, e.TargetActor?.Prefix }.Order().SequenceEqual(["CHN", "RUS"]));
        Assert.Contains(asserted, e => e.SourceActor?.Prefix == "IGO" && e.TargetActor?.Prefix == "RUS");
        Assert.DoesNotContain(asserted, e => e.Type == PloverType.AID && e.SourceActor?.Prefix == "CHN" && e.TargetActor?.Prefix == "RUS");
        Assert.DoesNotContain(asserted, e => e.Type == PloverType.CONSULT && e.SourceActor?.Prefix is "CHN" or "UKR" && e.TargetActor?.Prefix is "CHN" or "UKR");
    }
}
