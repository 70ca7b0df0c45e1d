using Chronicle.Entities;

namespace Chronicle.Tests.Entities;

public sealed class WordClustersTests
{
    [Fact]
    public void Each_granularity_is_looked_up_independently()
    {
        // Given coarse, fine and finest classes where one word has no finest class and another is unknown
        var clusters = new WordClusters(["Quorn Blaze", "said"], ["said", "Quorn", "Blaze"], ["x", "y", "z", "Blaze"]);

        // When words are looked up
        // Then each class comes from its own list, and missing ones are None
        Assert.Equal((0, 2, 3), clusters.Of("Blaze"));
        Assert.Equal((0, 1, WordClusters.None), clusters.Of("Quorn"));
        Assert.Equal((1, 0, WordClusters.None), clusters.Of("said"));
        Assert.Equal((WordClusters.None, WordClusters.None, WordClusters.None), clusters.Of("Acme"));
    }

    [Fact]
    public void Without_finest_classes_the_finest_class_is_none()
    {
        // Given classes with two granularities only
        var clusters = new WordClusters(["Quorn"], ["Quorn"]);

        // When a word is looked up
        // Then it has coarse and fine classes and no finest one
        Assert.Equal((0, 0, WordClusters.None), clusters.Of("Quorn"));
        Assert.Empty(clusters.Finest);
    }
}
