using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Segmentation;

namespace Chronicle.Benchmarks;

/// <summary>The seed article (samples/), cleaned and segmented: the text the tagger and parser benchmarks read.</summary>
internal static class NlpBenchmarkText
{
    public static Document Segmented()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "samples", "seed-putin-xi-moscow.txt")))
        {
            directory = directory.Parent;
        }

        var path = directory is null
            ? throw new FileNotFoundException("samples/seed-putin-xi-moscow.txt is not above the benchmark binaries.")
            : Path.Combine(directory.FullName, "samples", "seed-putin-xi-moscow.txt");
        var cleaned = new TextCleaner().Clean(File.ReadAllText(path), null);
        var document = new Document(cleaned.Body, new ArticleMetadata("bench"), cleaned.Paragraphs);
        new Segmenter().Process(document);
        return document;
    }
}
