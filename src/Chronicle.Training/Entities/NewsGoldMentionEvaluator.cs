using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Entities;
using Chronicle.Ingestion;
using Chronicle.Pipeline;

namespace Chronicle.Training.Entities;

/// <summary>
/// Runs the NER over the texts of an article-record gold file (e.g. shared/gold/gum-news-dev.jsonl) and compares
/// mention surfaces with the gold entities' names and aliases, normalised and type-matched as
/// shared/tools/score.py does (GPE and LOC count as one). For measuring only: nothing here feeds training.
/// </summary>
public static partial class NewsGoldMentionEvaluator
{
    /// <exception cref="InputException">A line is not a gold article record.</exception>
    public static NewsGoldMentionScores Evaluate(ArticleAnalyzer analyzer, string goldPath)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        int articles = 0, mentions = 0, matching = 0, goldEntities = 0, found = 0, predictedEntities = 0, predictedMatched = 0, entityTruePositives = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(goldPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var origin = $"{goldPath}:{lineNumber}";
            List<(HashSet<string> Names, string Name, string[] Types, bool Optional)> gold;
            string text;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                text = root.GetProperty("text").GetString() ?? "";
                gold = [.. root.GetProperty("entities").EnumerateArray().Select(ReadGold)];
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InputException(origin, "is not a gold article record: " + ex.Message);
            }

            var document = analyzer.Read(new ArticleInput(origin, Text: text));
            articles++;
            var predicted = new HashSet<(string Name, string Type)>();
            foreach (var mention in document.Mentions)
            {
                var name = Normalise(document.TextOf(mention.Characters).ToString());
                var type = Class(mention.Type.ToString());
                mentions++;
                matching += gold.Any(g => g.Names.Contains(name) && g.Types.Contains(type)) ? 1 : 0;
                predicted.Add((name, type));
            }

            foreach (var g in gold.Where(g => !g.Optional))
            {
                goldEntities++;
                found += predicted.Any(p => g.Names.Contains(p.Name) && g.Types.Contains(p.Type)) ? 1 : 0;
            }

            // One predicted entity per distinct (name, type), matched one-to-one as the scorer does.
            var usedGold = new HashSet<int>();
            var pairedOptional = 0;
            foreach (var (name, type) in predicted)
            {
                var free = Enumerable.Range(0, gold.Count).FirstOrDefault(i => !usedGold.Contains(i) && gold[i].Types.Contains(type) && gold[i].Names.Contains(name), -1);
                if (free >= 0)
                {
                    usedGold.Add(free);
                    if (gold[free].Optional)
                    {
                        pairedOptional++;
                    }
                    else
                    {
                        entityTruePositives++;
                    }
                }

            }

            predictedEntities += predicted.Count - pairedOptional;
            predictedMatched += usedGold.Count - pairedOptional;
        }

        var precision = predictedEntities == 0 ? 0 : (double)predictedMatched / predictedEntities;
        var recall = goldEntities == 0 ? 0 : (double)entityTruePositives / goldEntities;
        return new NewsGoldMentionScores(articles, mentions, matching, goldEntities, found, precision, recall);
    }

    /// <summary>score.py's normalisation: no accents, lower case, no possessive 's, punctuation as space, no leading "the".</summary>
    public static string Normalise(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var s = builder.ToString().Replace('\u2019', '\'').Replace("'s", "", StringComparison.Ordinal);
        s = Punctuation().Replace(s, " ");
        s = LeadingThe().Replace(s, "");
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static (HashSet<string>, string, string[], bool) ReadGold(JsonElement entity)
    {
        var name = entity.GetProperty("name").GetString() ?? "";
        var names = new HashSet<string>(StringComparer.Ordinal) { Normalise(name) };
        if (entity.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
        {
            foreach (var alias in aliases.EnumerateArray())
            {
                names.Add(Normalise(alias.GetString() ?? ""));
            }
        }

        names.Remove("");
        var typeElement = entity.GetProperty("type");
        var types = typeElement.ValueKind == JsonValueKind.Array
            ? typeElement.EnumerateArray().Select(t => Class(t.GetString() ?? "")).ToArray()
            : [Class(typeElement.GetString() ?? "")];
        var optional = entity.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;
        return (names, name, types, optional);
    }

    private static string Class(string type) => type == "LOC" ? "GPE" : type;

    [GeneratedRegex(@"[^\w\s]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^\s*the\s+")]
    private static partial Regex LeadingThe();
}
