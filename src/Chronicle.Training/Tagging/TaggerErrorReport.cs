using System.Globalization;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;

namespace Chronicle.Training.Tagging;

/// <summary>
/// Error analysis of a tagger on gold-tokenised sentences (meant for EWT dev, so the test set stays unread): the UPOS
/// and Penn confusions by count, then every wrong word with its neighbours, as a TSV file.
/// </summary>
public static class TaggerErrorReport
{
    public static void Write(TaggerModel model, IReadOnlyList<GoldSentence> sentences, string path)
    {
        var tagger = new PosTagger(model);
        var upos = new Dictionary<string, int>(StringComparer.Ordinal);
        var xpos = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var sentence in sentences)
        {
            var document = sentence.ToDocument();
            tagger.Process(document);
            for (var i = 0; i < sentence.Length; i++)
            {
                var token = document.Token(i);
                var uposWrong = token.Pos != sentence.Upos[i];
                var xposWrong = token.Tag != sentence.Xpos[i];
                if (uposWrong)
                {
                    var key = $"{sentence.Upos[i]}>{token.Pos}";
                    upos[key] = upos.GetValueOrDefault(key) + 1;
                }

                if (xposWrong)
                {
                    var key = $"{sentence.Xpos[i]}>{token.Tag}";
                    xpos[key] = xpos.GetValueOrDefault(key) + 1;
                }

                if (uposWrong || xposWrong)
                {
                    var left = string.Join(' ', sentence.Words[Math.Max(0, i - 4)..i]);
                    var right = string.Join(' ', sentence.Words[(i + 1)..Math.Min(sentence.Length, i + 5)]);
                    lines.Add($"error\t{sentence.Upos[i]}>{token.Pos}\t{sentence.Xpos[i]}>{token.Tag}\t{sentence.Words[i]}\t{left} [{sentence.Words[i]}] {right}");
                }
            }
        }

        using var writer = new StreamWriter(path);
        foreach (var (name, counts) in new[] { ("upos", upos), ("xpos", xpos) })
        {
            foreach (var (pair, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}\t{pair}\t{count}"));
            }
        }

        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }
}
