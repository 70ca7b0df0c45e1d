using Chronicle.Events;

namespace Chronicle.Tests.Events;

public sealed class EnglishInflectionTests
{
    [Theory]
    [InlineData("denounce", "denounced", "denounces", "denouncing")]
    [InlineData("ban", "banned", "bans", "banning")]
    [InlineData("criticise", "criticised", "criticises", "criticising")]
    [InlineData("rally", "rallied", "rallies", "rallying")]
    [InlineData("visit", "visited", "visits", "visiting")]
    [InlineData("cancel", "cancelled", "canceled", "cancels")]
    [InlineData("hold", "held", "holds", "holding")]
    [InlineData("fight", "fought", "fights", "fighting")]
    [InlineData("withdraw", "withdrew", "withdrawn", "withdrawing")]
    [InlineData("be", "is", "was", "been")]
    [InlineData("push", "pushes", "pushed", "pushing")]
    [InlineData("agree", "agreed", "agrees", "agreeing")]
    public void Generated_forms_include_the_inflections_found_in_news(string lemma, string a, string b, string c)
    {
        var forms = EnglishInflection.Forms(lemma);

        Assert.Contains(lemma, forms);
        Assert.Contains(a, forms);
        Assert.Contains(b, forms);
        Assert.Contains(c, forms);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("will")]
    [InlineData("would")]
    public void Particles_and_modals_are_not_inflected(string word)
    {
        Assert.Equal([word], EnglishInflection.Forms(word));
    }
}
