using Chronicle.Web.Tests.Support;

namespace Chronicle.Web.Tests.Api;

/// <summary>Article ids with slashes (the Wikinews ids are "wikinews/Title") are reachable, encoded or not.</summary>
public sealed class ArticleIdTests(WebServer server) : IClassFixture<WebServer>
{
    [Theory]
    [InlineData("api/articles/wikinews/Putin_meets_Xi")]
    [InlineData("api/articles/wikinews%2FPutin_meets_Xi")]
    public async Task Article_with_a_slash_in_its_id_is_found(string path)
    {
        // Given an article stored under an id with a slash
        using (var store = server.OpenStore())
        {
            store.Store([server.Articles[0] with { Id = "wikinews/Putin_meets_Xi" }]);
        }

        // When it is fetched with the slash as is or encoded
        var article = await Json.Get(server.Client, path);

        // Then it is that article
        Assert.Equal("wikinews/Putin_meets_Xi", article.GetProperty("id").GetString());
        Assert.Equal(server.Articles[0].Body, article.GetProperty("body").GetString());
    }
}
