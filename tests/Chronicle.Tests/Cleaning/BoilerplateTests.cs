using Chronicle.Cleaning;

namespace Chronicle.Tests.Cleaning;

public sealed class BoilerplateTests
{
    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Also Read: Putin warns the West over arms supplies")]
    [InlineData("ALSO READ | Ten things to know today")]
    [InlineData("Read more")]
    [InlineData("Share this article")]
    [InlineData("Facebook Twitter WhatsApp Email")]
    [InlineData("Click here to download our app")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("Get the Business Briefing newsletter in your inbox")]
    [InlineData("We use cookies to improve your experience. Accept all cookies")]
    [InlineData("Photo: Jonas Brandt/Harbour Gazette")]
    [InlineData("(Photo by Mikhail Metzel/Getty Images)")]
    [InlineData("REUTERS/Evgenia Novozhenina")]
    [InlineData("Image caption: Crowds gathered outside")]
    [InlineData("By Marta Keller")]
    [InlineData("By Marta Keller and John Roe, Reuters")]
    [InlineData("BY JANE DOE | Updated 3:45 PM")]
    [InlineData("Updated: March 21, 2023 10:05 AM IST")]
    [InlineData("Updated: Friday, January 4, 2019")]
    [InlineData("21 Mar 2023")]
    [InlineData("2023-03-21T10:05:00Z")]
    [InlineData("11.40 GMT")]
    [InlineData("5 min read")]
    [InlineData("Reporting by Jane Doe; Editing by John Roe")]
    [InlineData("© 2024 The Harbour Gazette. All rights reserved.")]
    [InlineData("Reproduction only with a link to the source.")]
    [InlineData("Follow us on Twitter")]
    public void Page_furniture_is_boilerplate(string line)
    {
        Assert.True(Boilerplate.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("By the time police arrived, the gunman had fled.")]
    [InlineData("Related to this, the minister said talks would go on.")]
    [InlineData("Advertisers pulled out of the deal on Monday.")]
    [InlineData("The photo agency said it would appeal.")]
    [InlineData("Putin and Xi greeted one another as \"dear friend\" when they met.")]
    [InlineData("In televised comments, Putin told Xi he viewed China's proposals with respect.")]
    [InlineData("Share prices fell sharply in Tokyo.")]
    public void Prose_is_not_boilerplate(string line)
    {
        Assert.False(Boilerplate.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Friday, January 4, 2019")]
    [InlineData("Monday, March 4, 2019")]
    [InlineData("4 March 2023")]
    public void A_written_out_date_line_is_kept_as_the_article_date_line(string line)
    {
        Assert.False(Boilerplate.IsBoilerplate(line));
    }

    [Fact]
    public void Long_lines_are_never_boilerplate()
    {
        // Given a long paragraph that starts like a prompt
        var line = "Click here " + string.Concat(Enumerable.Repeat("and the council went on to debate the budget ", 8));

        // Then it is kept: only short lines are page furniture
        Assert.False(Boilerplate.IsBoilerplate(line));
    }
}
