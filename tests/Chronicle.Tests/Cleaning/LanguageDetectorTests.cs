using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Ingestion;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Cleaning;

public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector s_detector = new();

    [Theory]
    [InlineData("en", "The government said on Monday that it would raise taxes on fuel to pay for the new hospitals, a decision that was criticised by the opposition.")]
    [InlineData("fr", "Le gouvernement a annoncé lundi une hausse des taxes sur le carburant pour financer les nouveaux hôpitaux, une décision critiquée par l'opposition.")]
    [InlineData("de", "Die Regierung kündigte am Montag an, die Steuern auf Kraftstoff zu erhöhen, um die neuen Krankenhäuser zu finanzieren, was die Opposition scharf kritisierte.")]
    [InlineData("es", "El gobierno anunció el lunes que subiría los impuestos sobre el combustible para pagar los nuevos hospitales, una decisión criticada por la oposición.")]
    [InlineData("ru", "В понедельник правительство заявило, что повысит налоги на топливо, чтобы оплатить строительство новых больниц, что вызвало критику оппозиции.")]
    [InlineData("zh", "政府星期一表示，将提高燃油税以支付新医院的费用，这一决定受到反对派的批评。")]
    public void News_text_gets_its_language_code(string code, string text)
    {
        Assert.Equal(code, s_detector.Detect(text));
    }

    [Fact]
    public void Too_little_text_gets_no_language()
    {
        Assert.Null(s_detector.Detect("OK 123"));
    }

    [Fact]
    public void A_non_english_article_skips_english_only_stages_with_a_note()
    {
        // Given a pipeline of language detection and an English-only component
        var englishOnly = new CountingPipe();
        var pipeline = new PipelineBuilder().Add(s_detector).Add(englishOnly).Build();
        var analyzer = new ArticleAnalyzer(pipeline, new TextCleaner());

        // When a French article and an English one are read
        var french = analyzer.Read(new ArticleInput("fr.txt", Title: "Titre", Text: "Le gouvernement a annoncé lundi une hausse des taxes sur le carburant pour financer les nouveaux hôpitaux."));
        var english = analyzer.Read(new ArticleInput("en.txt", Title: "Title", Text: "The government said on Monday that it would raise taxes on fuel to pay for the new hospitals."));

        // Then the French one has its language and a note, and only the English one reached the English-only stage
        Assert.Equal("fr", french.Language);
        Assert.Contains(french.Notes, n => n.Contains("'fr' is not English", StringComparison.Ordinal));
        Assert.Equal("en", english.Language);
        Assert.Equal(1, englishOnly.Calls);
    }

    private sealed class CountingPipe : IPipe
    {
        public int Calls { get; private set; }

        public string Name => "english-only";

        public PipeContract Contract { get; } = new(Annotation.Language, Annotation.None, EnglishOnly: true);

        public void Process(Document document, CancellationToken cancellationToken = default) => Calls++;
    }
}
