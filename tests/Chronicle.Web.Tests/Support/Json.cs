using System.Text.Json;

namespace Chronicle.Web.Tests.Support;

/// <summary>Reads API answers as JSON documents.</summary>
internal static class Json
{
    public static async Task<JsonElement> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<(int Status, JsonElement Body)> Send(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string[] Strings(JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString() ?? "")];

    public static string[] StringList(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "")];
}
