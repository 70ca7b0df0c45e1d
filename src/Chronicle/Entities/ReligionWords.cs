using System.Collections.Frozen;

namespace Chronicle.Entities;

/// <summary>
/// Names of religions and the singular adjectives of their followers. A religion ("Islam", "Wicca") is a belief, none
/// of the article format's entity types, and an adjective ("a Buddhist monk", "Hindu festivals") names nothing; the
/// plural ("Muslims", "Sikhs") names a group of people and is kept, as plural demonyms are.
/// Written by us from public facts (the major world religions, their main branches and movements).
/// </summary>
internal static class ReligionWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _religions = Set(
        "Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Jainism", "Taoism", "Daoism", "Shinto",
        "Shintoism", "Confucianism", "Zoroastrianism", "Wicca", "Paganism", "Neopaganism", "Druidry", "Catholicism",
        "Protestantism", "Anglicanism", "Lutheranism", "Methodism", "Calvinism", "Mormonism", "Evangelicalism",
        "Pentecostalism", "Sufism", "Salafism", "Wahhabism", "Rastafari", "Rastafarianism", "Animism", "Satanism",
        "Bahaism", "Hasidism", "Shamanism", "Voodoo", "Vodou", "Santeria");

    // Not "Christian": it is a given name too ("Christian said").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _adjectives = Set(
        "Muslim", "Islamic", "Jewish", "Hindu", "Buddhist", "Sikh", "Jain", "Taoist", "Daoist", "Confucian",
        "Zoroastrian", "Wiccan", "Pagan", "Catholic", "Protestant", "Anglican", "Lutheran", "Methodist", "Baptist",
        "Presbyterian", "Pentecostal", "Evangelical", "Mormon", "Sunni", "Shia", "Shiite", "Shi'ite", "Sufi", "Salafi",
        "Wahhabi", "Hasidic", "Rastafarian");

    // Words that name a branch or rite before a religion or its adjective ("Roman Catholic", "Coptic Orthodox").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _branches = Set(
        "Roman", "Greek", "Russian", "Coptic", "Orthodox", "Eastern", "Oriental", "Syriac", "Maronite", "Armenian",
        "Ultra-Orthodox", "Reform", "Conservative", "Tibetan", "Zen", "Theravada", "Mahayana", "Vajrayana", "Ismaili",
        "Ahmadiyya", "Alawite", "Druze", "Southern", "Latter-day");

    // Feasts, fasts and pilgrimages: events (GUM annotates a holiday as an event), never a place, person or organisation.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _observances = Set(
        "Christmas", "Easter", "Lent", "Advent", "Pentecost", "Epiphany", "Ramadan", "Eid", "Eid al-Fitr", "Eid al-Adha",
        "Hajj", "Umrah", "Ashura", "Mawlid", "Diwali", "Deepavali", "Holi", "Navratri", "Vesak", "Hanukkah", "Chanukah",
        "Passover", "Pesach", "Purim", "Sukkot", "Shavuot", "Yom Kippur", "Rosh Hashanah", "Nowruz", "Vaisakhi", "Baisakhi");

    /// <summary>True for a religious feast, fast or pilgrimage ("during the Hajj", "before Ramadan").</summary>
    public static bool IsObservance(ReadOnlySpan<char> text) => _observances.Contains(text);

    /// <summary>
    /// True for a religion's name, alone or after one or two branch words ("Sunni Islam", "Roman Catholic
    /// Christianity"), and for a follower's adjective, alone or after one branch word ("Roman Catholic", "Sunni Muslim").
    /// </summary>
    public static bool IsReligionOrAdjective(ReadOnlySpan<char> text)
    {
        if (_religions.Contains(text) || _adjectives.Contains(text))
        {
            return true;
        }

        var last = text.LastIndexOf(' ');
        if (last <= 0)
        {
            return false;
        }

        var head = text[(last + 1)..];
        var first = text[..text.IndexOf(' ')];
        return text.Count(' ') switch
        {
            1 => _religions.Contains(head) || (_adjectives.Contains(head) && IsBranch(first)),
            2 => _religions.Contains(head) && IsBranch(first) && IsBranch(text[(first.Length + 1)..last]),
            _ => false,
        };
    }

    // A branch word or a follower's adjective ("Roman", "Catholic"): not any word, since surnames can be adjectives ("Anil Jain").
    private static bool IsBranch(ReadOnlySpan<char> word) => _branches.Contains(word) || _adjectives.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
