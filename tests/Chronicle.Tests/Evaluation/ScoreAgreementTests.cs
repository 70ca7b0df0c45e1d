using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Chronicle.Output;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;
using Chronicle.Training.Evaluation;

namespace Chronicle.Tests.Evaluation;

/// <summary>The C# scorer must print exactly what shared/tools/score.py prints, on the real dev sets.</summary>
public sealed class ScoreAgreementTests
{
    public static TheoryData<string> DevSets => new()
    {
        "seed-putin-xi-moscow.json",
        "gum-news-dev.jsonl",
        "polnear-dev.jsonl",
        "plover-gsr-dev.jsonl",
    };

    [Theory]
    [MemberData(nameof(DevSets))]
    public void Pipeline_predictions_score_exactly_as_score_py_scores_them(string devSet)
    {
        // Given a dev set and the standard pipeline's predictions for it
        var goldPath = SharedData.SharedPath("gold", devSet);
        var gold = ArticleRecordReader.Load(goldPath);
        var analyzer = StandardPipeline.CreateAnalyzer(SharedData.RepositoryPath("models"));
        var predictions = new List<JsonObject>();
        foreach (var record in gold)
        {
            var article = GoldArticle.From(record, devSet);
            try
            {
                predictions.Add(JsonNode.Parse(ArticleJson.ToJsonLine(analyzer.Analyze(article.ToInput(devSet))))!.AsObject());
            }
            catch (Chronicle.Ingestion.InputException)
            {
                // An article the pipeline rejects is missing from the predictions, for both scorers alike.
            }
        }

        // When both scorers score them
        // Then the JSON figures are identical
        AssertSameAsPython(goldPath, gold, predictions);
    }

    [Theory]
    [MemberData(nameof(DevSets))]
    public void Perturbed_gold_scores_exactly_as_score_py_scores_it(string devSet)
    {
        // Given predictions made from the gold itself with deterministic mistakes in every layer
        var goldPath = SharedData.SharedPath("gold", devSet);
        var gold = ArticleRecordReader.Load(goldPath);
        var predictions = gold.Select((g, i) => Perturb(g, i)).Where((_, i) => i % 7 != 3).ToList();

        // When both scorers score them
        // Then the JSON figures are identical
        AssertSameAsPython(goldPath, gold, predictions);
    }

    [Fact]
    public void Name_normalisation_agrees_with_score_py_across_scripts()
    {
        // Given names in many scripts, compatibility forms and combining sequences
        string[] names =
        [
            "Jos\u00E9 Mar\u00EDa Aznar", "\u0130stanbul", "Stra\u00DFe", "\uFB01nance", "km\u00B2", "\uFF21\uFF22\uFF23 News",
            "\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440 \u041F\u0443\u0442\u0438\u043D", "\u4E60\u8FD1\u5E73", "\uD55C\uAD6D\uC740",
            "\u0928\u0930\u0947\u0902\u0926\u094D\u0930 \u092E\u094B\u0926\u0940", "\u0645\u062D\u0645\u062F", "\uD835\uDC00\uD835\uDC01", "A\u0301\u0327B",
            "The Kremlin\u2019s", "the   U.S.-led", "Caf\u00E9 \u00C6on \u2160 \u00BD", "O\u2019Neill\u2019s", "\u1E9B\u0323", "\u212B ngstr\u00F6m",
        ];

        // When score.py's norm() and ScoreText.Norm normalise them
        var expected = RunPython(
            "import sys, json; sys.path.insert(0, sys.argv[1]); from score import norm; "
                + "print(json.dumps([norm(s) for s in json.loads(sys.stdin.read())]))",
            JsonSerializerArray(names));

        // Then they agree on every one
        Assert.Equal(JsonNode.Parse(expected)!.AsArray().Select(n => n!.GetValue<string>()), names.Select(ScoreText.Norm));
    }

    private static string JsonSerializerArray(string[] items) => new JsonArray([.. items.Select(i => JsonValue.Create(i))]).ToJsonString();

    private static string RunPython(string program, string input)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(program);
        info.ArgumentList.Add(SharedData.SharedPath("tools"));
        using var process = StartOrSkip(info);
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3 failed: {error}");
        return output;
    }

    private static Process StartOrSkip(ProcessStartInfo info)
    {
        try
        {
            return Process.Start(info)!;
        }
        catch (Win32Exception)
        {
            Assert.Skip("python3 is not installed; the agreement check with score.py needs it.");
            throw;
        }
    }

    private static void AssertSameAsPython(string goldPath, IReadOnlyList<JsonObject> gold, List<JsonObject> predictions)
    {
        var predictedPath = Path.Combine(Path.GetTempPath(), $"chronicle-pred-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(predictedPath, predictions.Select(p => p.ToJsonString()));
            var python = RunScorePy(goldPath, predictedPath);
            var csharp = new ArticleScorer().Score(gold, predictions).ToJson();
            Assert.Equal(python, csharp);
        }
        finally
        {
            File.Delete(predictedPath);
        }
    }

    private static string RunScorePy(string goldPath, string predictedPath)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(SharedData.SharedPath("tools", "score.py"));
        info.ArgumentList.Add(goldPath);
        info.ArgumentList.Add(predictedPath);
        info.ArgumentList.Add("--json");
        using var process = StartOrSkip(info);
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py failed: {error}");
        return output.TrimEnd('\n');
    }

    /// <summary>A prediction built from a gold record with mistakes chosen by position, so every scoring rule is exercised.</summary>
    private static JsonObject Perturb(JsonObject gold, int index)
    {
        var predicted = new JsonObject { ["id"] = gold["id"]?.DeepClone() };
        var entities = new JsonArray();
        var i = index;
        foreach (var entity in Items(gold["entities"]))
        {
            i++;
            if (i % 5 == 0)
            {
                continue;
            }

            var type = entity["type"] is JsonArray types ? types[0]?.GetValue<string>() : entity["type"]?.GetValue<string>();
            var aliases = Items(entity["aliases"]).Count > 0 ? entity["aliases"]!.AsArray() : null;
            var name = i % 3 == 1 && aliases is not null ? aliases[0]!.GetValue<string>() : entity["name"]!.GetValue<string>();
            entities.Add(new JsonObject
            {
                ["name"] = (i % 7) switch
                {
                    2 => "The " + name.ToUpperInvariant() + "\u2019s",
                    5 => name.Replace('e', '\u00E9').Replace('a', '\u00E2'),
                    _ => name,
                },
                ["type"] = type == "GPE" && i % 4 == 0 ? "LOC" : type,
                ["aliases"] = i % 2 == 0 && aliases is not null ? aliases.DeepClone() : new JsonArray(),
                ["country"] = i % 2 == 0 ? entity["country"]?.DeepClone() : "XXX",
            });
        }

        entities.Add(new JsonObject { ["name"] = "Jos\u00E9 M\u00FCller", ["type"] = "PERSON" });
        entities.Add(new JsonObject { ["name"] = "Monday", ["type"] = "DATE" });
        predicted["entities"] = entities;

        var quotes = new JsonArray();
        foreach (var quote in Items(gold["quotes"]))
        {
            i++;
            var words = (quote["text"]?.GetValue<string>() ?? "").Split(' ');
            var speaker = quote["speaker"]?.GetValue<string>();
            var item = new JsonObject
            {
                ["speaker"] = (i % 3) switch { 0 => speaker?.Split(' ')[^1], 1 => null, _ => speaker },
                ["text"] = string.Join(' ', i % 2 == 0 ? words.Skip(words.Length / 3) : words),
            };
            if (i % 4 != 3)
            {
                item["direct"] = quote["direct"]?.DeepClone();
            }

            quotes.Add(item);
        }

        predicted["quotes"] = quotes;

        var events = new JsonArray();
        foreach (var ev in Items(gold["events"]))
        {
            i++;
            var source = ev["source"]?.GetValue<string>();
            var target = ev["target"]?.GetValue<string>();
            if (i % 2 == 0)
            {
                (source, target) = (target, source);
            }

            var types = ev["event"]!.AsArray();
            events.Add(new JsonObject
            {
                ["source"] = source is null ? null : source + (i % 3 == 0 ? "GOV" : ""),
                ["event"] = types[i % types.Count]?.DeepClone(),
                ["target"] = target,
                ["modality"] = (i % 5) switch { 4 => "planned", 3 => null, _ => "asserted" },
                ["date"] = i % 3 == 1 ? "2020-01-01" : ev["date"]?.DeepClone(),
            });
        }

        events.Add(new JsonObject { ["source"] = "USA", ["event"] = "ACCUSE", ["target"] = "RUS", ["modality"] = "asserted" });
        predicted["events"] = events;

        var dates = new JsonArray();
        foreach (var date in Items(gold["dates"]))
        {
            i++;
            dates.Add(new JsonObject
            {
                ["text"] = i % 4 == 0 ? date["text"]?.GetValue<string>().ToLowerInvariant() + "." : date["text"]?.DeepClone(),
                ["value"] = i % 3 == 2 ? "1999" : date["value"]?.DeepClone(),
            });
        }

        predicted["dates"] = dates;
        return predicted;
    }

    private static List<JsonObject> Items(JsonNode? node) => node is JsonArray array ? [.. array.OfType<JsonObject>()] : [];
}
