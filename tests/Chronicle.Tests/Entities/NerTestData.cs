using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Tests.Support;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

/// <summary>Small hand-made NER examples: sentences with the names to find marked in brackets, "[Vladimir Putin|PERSON]".</summary>
internal static class NerTestData
{
    public static NerExample Example(string marked)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(int Start, int End, EntityType Type)>();
        var i = 0;
        while (i < marked.Length)
        {
            if (marked[i] == '[')
            {
                var bar = marked.IndexOf('|', i);
                var close = marked.IndexOf(']', bar);
                var start = text.Length;
                text.Append(marked, i + 1, bar - i - 1);
                spans.Add((start, text.Length, Enum.Parse<EntityType>(marked[(bar + 1)..close])));
                i = close + 1;
            }
            else
            {
                text.Append(marked[i++]);
            }
        }

        var document = TestDocuments.Segmented(text.ToString());
        var tags = new ushort[document.Tokens.Length];
        foreach (var (start, end, type) in spans)
        {
            var first = document.TokenIndexAtOrAfter(start);
            var last = document.TokenIndexAtOrAfter(end);
            BilouSpans.Encode(type, tags.AsSpan(first, last - first));
        }

        return new NerExample("test", document, tags);
    }

    public static IReadOnlyList<NerExample> Handful() =>
    [
        Example("[Vladimir Putin|PERSON] met [Xi Jinping|PERSON] in [Moscow|GPE] on Tuesday."),
        Example("The [International Criminal Court|ORG] issued a warrant, said [Chatham House|ORG]."),
        Example("[Russians|NORP] and [Ukrainians|NORP] watched the [Olympics|EVENT] in [Ukraine|GPE]."),
        Example("Officials in [Beijing|GPE] said [Li Qiang|PERSON] would visit [Kyiv|GPE] next week."),
    ];

    public static Document Copy(NerExample example) => TestDocuments.Segmented(example.Document.Text);
}
