using Chronicle.Documents;
using Chronicle.Segmentation;

namespace Chronicle.Tests.Segmentation;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var tokens = new List<TokenData>();
        new Tokenizer().Tokenize(text, 0, text.Length, tokens);
        return [.. tokens.Select(t => text[t.Start..t.End])];
    }

    [Theory]
    [InlineData("don't", "do|n't")]
    [InlineData("can't", "ca|n't")]
    [InlineData("won't", "wo|n't")]
    [InlineData("Putin's visit", "Putin|'s|visit")]
    [InlineData("Xi\u2019s visit", "Xi|\u2019s|visit")]
    [InlineData("they're we've I'll she'd I'm", "they|'re|we|'ve|I|'ll|she|'d|I|'m")]
    [InlineData("the Christians' homes", "the|Christians|'|homes")]
    [InlineData("cannot gonna", "can|not|gon|na")]
    [InlineData("o'clock in the '90s", "o'clock|in|the|'90s")]
    [InlineData("the 1980's", "the|1980's")]
    public void Clitics_and_possessives_split_as_UD_English_does(string text, string expected)
    {
        // Given a phrase with contractions or possessives
        // When it is tokenized
        var tokens = Tokens(text);

        // Then the clitics are tokens of their own
        Assert.Equal(expected.Split('|'), tokens);
    }

    [Theory]
    [InlineData("a two-state solution", "a|two|-|state|solution")]
    [InlineData("send an e-mail to the co-founder", "send|an|e-mail|to|the|co-founder")]
    [InlineData("a non-profit", "a|non-profit")]
    [InlineData("U.S.-led forces", "U.S.|-|led|forces")]
    [InlineData("call 713-853-3989 now", "call|713-853-3989|now")]
    [InlineData("from 1990-1995", "from|1990|-|1995")]
    [InlineData("nearly 4-1/2 hours", "nearly|4|-|1/2|hours")]
    [InlineData("and/or", "and|/|or")]
    [InlineData("on 11/28/2000", "on|11/28/2000")]
    public void Hyphens_and_slashes_follow_the_treebank_conventions(string text, string expected)
    {
        // Given hyphenated and slashed words
        // When they are tokenized
        var tokens = Tokens(text);

        // Then compounds split but prefixes, phone numbers, dates and fractions stay whole
        Assert.Equal(expected.Split('|'), tokens);
    }

    [Theory]
    [InlineData("It cost $5.50, or 3.5%.", "It|cost|$|5.50|,|or|3.5|%|.")]
    [InlineData("At 10:30 a.m. on Jan. 5", "At|10:30|a.m.|on|Jan.|5")]
    [InlineData("a $1.5bn deal at 5pm", "a|$|1.5|bn|deal|at|5|pm")]
    [InlineData("the 3rd of 1,000,000 in the 1990s", "the|3rd|of|1,000,000|in|the|1990s")]
    [InlineData("\u00A3300 or \u20AC20", "\u00A3|300|or|\u20AC|20")]
    [InlineData("-5 degrees", "-5|degrees")]
    public void Numbers_times_currency_and_percentages_are_tokens(string text, string expected)
    {
        // Given amounts, times and dates
        // When they are tokenized
        var tokens = Tokens(text);

        // Then numbers stay whole and currency, percent and units are split off
        Assert.Equal(expected.Split('|'), tokens);
    }

    [Theory]
    [InlineData("See https://example.com/a-b?x=1.", "See|https://example.com/a-b?x=1|.")]
    [InlineData("(www.wikinews.org)", "(|www.wikinews.org|)")]
    [InlineData("mail jane.doe@example.co.uk, please", "mail|jane.doe@example.co.uk|,|please")]
    [InlineData("@POTUS wrote #Ukraine!", "@POTUS|wrote|#Ukraine|!")]
    [InlineData("great :) and :-(", "great|:)|and|:-(")]
    public void Urls_emails_handles_hashtags_and_emoticons_stay_whole(string text, string expected)
    {
        // Given web text
        // When it is tokenized
        var tokens = Tokens(text);

        // Then the addresses and symbols are single tokens, without trailing punctuation
        Assert.Equal(expected.Split('|'), tokens);
    }

    [Theory]
    [InlineData("\"Dear friend,\" he said.", "\"|Dear|friend|,|\"|he|said|.")]
    [InlineData("\u201CWe agree.\u201D", "\u201C|We|agree|.|\u201D")]
    [InlineData("\u2018No,\u2019 she said", "\u2018|No|,|\u2019|she|said")]
    [InlineData("war\u2014and peace", "war|\u2014|and|peace")]
    [InlineData("pages 5\u20136", "pages|5|\u2013|6")]
    [InlineData("wait... what", "wait|...|what")]
    [InlineData("so\u2026", "so|\u2026")]
    [InlineData("Really?!", "Really|?!")]
    [InlineData("politics--the", "politics|--|the")]
    [InlineData("(see below)", "(|see|below|)")]
    [InlineData("the ''Granja do Torto'', a", "the|''|Granja|do|Torto|''|,|a")]
    public void Quotes_dashes_and_ellipses_are_split_off(string text, string expected)
    {
        // Given punctuation attached to words
        // When it is tokenized
        var tokens = Tokens(text);

        // Then every mark is its own token
        Assert.Equal(expected.Split('|'), tokens);
    }

    [Theory]
    [InlineData("Dr. Smith met Gen. Jones", "Dr.|Smith|met|Gen.|Jones")]
    [InlineData("J. K. Rowling", "J.|K.|Rowling")]
    [InlineData("in the U.S.", "in|the|U.S.")]
    [InlineData("Acme Inc..", "Acme|Inc.|.")]
    [InlineData("It ended.", "It|ended|.")]
    [InlineData("No. 10 said no.", "No.|10|said|no|.")]
    public void Abbreviations_and_initials_keep_their_period(string text, string expected)
    {
        // Given abbreviations and sentence-final periods
        // When they are tokenized
        var tokens = Tokens(text);

        // Then only a sentence's own period is split off
        Assert.Equal(expected.Split('|'), tokens);
    }

    [Fact]
    public void A_list_marker_opening_a_paragraph_is_one_token()
    {
        // Given paragraphs that open with list markers
        // When they are tokenized
        // Then the marker is whole
        Assert.Equal(["1.", "Services"], Tokens("1. Services"));
        Assert.Equal(["(iv)", "Return", "fees"], Tokens("(iv) Return fees"));
    }

    [Fact]
    public void A_huge_chunk_of_handles_is_tokenized_without_exhausting_the_stack()
    {
        // Given a 600,000-character chunk of back-to-back handles
        var text = string.Concat(Enumerable.Repeat("@a", 300_000));

        // When it is tokenized
        var tokens = Tokens(text);

        // Then every handle is a token
        Assert.Equal(300_000, tokens.Length);
        Assert.All(tokens, t => Assert.Equal("@a", t));
    }

    [Fact]
    public void Tokens_plus_whitespace_rejoin_the_text_exactly()
    {
        // Given a text mixing every convention
        const string text = "  \"It's 4-1/2 hours,\" said Dr. O'Neill\u2014of U.S.-based Acme Inc.\u2026 Visit https://x.org/a, or mail a@b.com :) #news  $5.5bn (10%)!  ";
        var tokens = new List<TokenData>();

        // When it is tokenized
        new Tokenizer().Tokenize(text, 0, text.Length, tokens);

        // Then offsets are ordered and half-open, and only whitespace lies between tokens
        var position = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= position && token.End > token.Start);
            Assert.True(string.IsNullOrWhiteSpace(text[position..token.Start]));
            position = token.End;
        }

        Assert.True(string.IsNullOrWhiteSpace(text[position..]));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(tokens.Select(t => text[t.Start..t.End])));
    }
}
