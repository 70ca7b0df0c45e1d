using Chronicle.Pipeline;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Entities;

/// <summary>The target on the founding article: every required entity, and its country, through the standard pipeline.</summary>
public sealed class SeedEntityTests
{
    [Fact]
    public void Every_required_seed_entity_is_found_with_its_country_and_nothing_spurious()
    {
        // Given the seed article and its hand annotation
        const string devSet = "seed-putin-xi-moscow.json";

        // When the standard pipeline reads it and the scorer compares entities
        var report = GoldSetScoring.Score(devSet);

        // Then entity F1 and country accuracy are perfect
        Assert.True(report.Entity is { F1: 1.0 }, report.ToText(verbose: true));
        Assert.Equal(1.0, report.EntityCountryAccuracy);
    }

    [Fact]
    public void Washington_denouncing_the_visit_is_the_United_States()
    {
        // Given the seed article's sentence through the standard pipeline
        var analyzer = StandardPipeline.CreateAnalyzer(SharedData.RepositoryPath("models"));
        var input = new Chronicle.Ingestion.ArticleInput("test", "w", null, new DateOnly(2023, 3, 21), Text: "Washington denounced Xi's visit, saying it showed Beijing was providing Moscow with diplomatic cover.");

        // When
        var article = analyzer.Analyze(input);

        // Then "Washington" is a mention of the country, not a city
        var us = Assert.Single(article.Entities, e => e.Aliases.Contains("Washington"));
        Assert.Equal("USA", us.Country);
        Assert.Equal("United States", us.Name);
    }
}
