using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "Velmora Prime Minister Ada Rennick", "Royal Society Research Fellow Ivo Marsh": a recogniser span typed as a place
/// or organisation that runs through a person's title into one to three capitalised words is that person, titled;
/// the country or body before the title is named by the knowledge base or read as the role.
/// </summary>
internal static class TitledPersons
{
    private const int MaxNameTokens = 3;

    // Titles that only stand before a person's name. Not "General" ("General Motors") or "Chief", which open names of firms.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles = new[]
    {
        "President", "Minister", "Chancellor", "Governor", "Mayor", "Senator", "Secretary", "Premier", "Ambassador",
        "Fellow", "Spokesman", "Spokeswoman", "Spokesperson", "Congressman", "Congresswoman", "Assemblywoman",
        "Assemblyman", "Councillor", "Councilman", "Councilwoman", "Commissioner", "Executive", "Director", "Chairman",
        "Chairwoman",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The person's span and type where <paramref name="range"/> is such a titled name; the input otherwise.</summary>
    public static (TokenRange Range, EntityType Type) Split(Document document, TokenRange range, EntityType type)
    {
        if (type is EntityType.PERSON or EntityType.NORP || range.Length < 2)
        {
            return (range, type);
        }

        // The last title word, with a name after it and nothing else.
        var title = -1;
        for (var t = range.End - 2; t >= range.Start && title < 0; t--)
        {
            if (_titles.Contains(document.TextOf(t)))
            {
                title = t;
            }
        }

        var name = title + 1;
        if (title < 0 || range.End - name > MaxNameTokens)
        {
            return (range, type);
        }

        for (var t = name; t < range.End; t++)
        {
            var word = document.TextOf(t);
            if (!SurfaceCues.StartsUpper(word) || !SurfaceCues.IsWord(word) || SurfaceCues.IsTitleWord(word) || SurfaceCues.IsAllCapitals(word)
                || MentionTyper.IsOrganisationWord(word) || SurfaceCues.IsFacilityHead(word))
            {
                return (range, type);
            }
        }

        return (new TokenRange(name, range.End), EntityType.PERSON);
    }
}
