using System.Collections.Frozen;
using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// The clusterer's sieves for organisations' names (<see cref="MentionClusterer"/>): an acronym in brackets, another
/// name in brackets, a name without its country or complement, and an acronym of a longer name.
/// </summary>
internal sealed class OrganisationNameSieves(ActorKnowledgeBase knowledgeBase, MentionUnion union)
{
    private readonly ActorKnowledgeBase _kb = knowledgeBase;
    private readonly MentionUnion _union = union;

    // Last words of companies' names, after which the first word alone names the company ("Velmora Motor Company").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _companyHeads = new[]
    {
        "Company", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "Airlines", "Airways",
        "Motors", "Entertainment", "Holdings", "Technologies", "Industries", "Enterprises", "Pharmaceuticals", "Aerospace",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Danish Lutheran Church" and "Lutheran Church", "Brazilian Superior Court of Justice" and "Superior Court",
    /// "Harbour Choir of Wales" and "Harbour Choir": an organisation named with its country in front or an "of"
    /// complement behind is the organisation named without them, when exactly one longer name has that core.
    /// </summary>
    public void MergeOrganisationCores(Document document, List<ResolverMention> mentions)
    {
        Dictionary<string, int>? cores = null;
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < mentions.Count; m++)
        {
            var full = mentions[m];
            if (full.Kind != MentionKind.Name || full.Type is not (EntityType.ORG or EntityType.FAC) || full.Tokens.Length < 3)
            {
                continue;
            }

            var core = CoreOf(document, full.Tokens);
            if (core == full.Tokens && full.Type == EntityType.FAC && SurfaceCues.IsFacilityHead(document.TextOf(core.End - 1)))
            {
                // "Lindqvist Memorial" for "Lindqvist Memorial Hall": the building without its head word.
                core = new TokenRange(core.Start, core.End - 1);
            }

            if (core.Length < 2 || core == full.Tokens)
            {
                continue;
            }

            var text = document.TextOf(document.CharRange(core)).ToString();
            cores ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            RegisterUnlessAmbiguous(cores, ambiguous, text, m);
        }

        if (cores is null)
        {
            return;
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Name && mention.Type is EntityType.ORG or EntityType.FAC && mention.Tokens.Length >= 2
                && cores.TryGetValue(mention.Text, out var full) && !ambiguous.Contains(mention.Text) && MentionClusterer.CompatibleEntries(mentions, full, m)
                && !(mentions[full].Type == EntityType.FAC && mentions[full].Overlaps(mention.Tokens)))
            {
                // A name inside a building's or a station's ("Velmora Hospital" in "Velmora Hospital Station") is what
                // that one is named after, another entity; a short form stands elsewhere in the article.
                _union.Union(full, m);
            }
        }
    }

    /// <summary>
    /// "Velmora Motor Company … Velmora recalled 900 cars": a company's first word alone is that company, when exactly
    /// one company name in the article starts with it, the word is no place the knowledge base knows, and no person in
    /// the article has it as a name ("Rita Velmora"). The short form, often taken for a surname, becomes the company's.
    /// </summary>
    public void MergeCompanyShortForms(Document document, List<ResolverMention> mentions)
    {
        Dictionary<string, int>? companies = null;
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != MentionKind.Name)
            {
                continue;
            }

            if (mention.Type == EntityType.PERSON && mention.Tokens.Length >= 2)
            {
                for (var t = mention.Tokens.Start; t < mention.Tokens.End; t++)
                {
                    personWords.Add(document.TextOf(t).ToString());
                }
            }

            if (mention.Type != EntityType.ORG || mention.Tokens.Length < 2 || !_companyHeads.Contains(document.TextOf(mention.Tokens.End - 1)))
            {
                continue;
            }

            var first = document.TextOf(mention.Tokens.Start).ToString();
            companies ??= new Dictionary<string, int>(StringComparer.Ordinal);
            RegisterUnlessAmbiguous(companies, ambiguous, first, m);
        }

        if (companies is null)
        {
            return;
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Name && mention.Tokens.Length == 1 && mention.Entry is null && mention.Type is EntityType.PERSON or EntityType.ORG
                && companies.TryGetValue(mention.Text, out var company) && !ambiguous.Contains(mention.Text) && !personWords.Contains(mention.Text)
                && SurfaceCues.StartsUpper(mention.Text) && _kb.Lookup(mention.Text).IsEmpty)
            {
                mention.Type = EntityType.ORG;
                _union.Union(company, m);
            }
        }
    }

    /// <summary>An organisation's name without a leading country or nationality word and without a trailing "of"/"for" complement.</summary>
    // A short form two different organisations could own ("Union" of two unions) links neither: the first owner is
    // kept, and a second owner from another cluster marks the form ambiguous.
    private void RegisterUnlessAmbiguous(Dictionary<string, int> owners, HashSet<string> ambiguous, string form, int mention)
    {
        if (owners.TryGetValue(form, out var other) && _union.Find(other) != _union.Find(mention))
        {
            ambiguous.Add(form);
        }
        else
        {
            owners.TryAdd(form, mention);
        }
    }

    private TokenRange CoreOf(Document document, TokenRange name)
    {
        var start = name.Start;
        for (var length = Math.Min(3, name.Length - 1); length >= 1; length--)
        {
            if (IsCountryWord(document.TextOf(document.CharRange(new TokenRange(name.Start, name.Start + length)))))
            {
                start = name.Start + length;
                break;
            }
        }

        var end = name.End;
        for (var t = start + 1; t < end; t++)
        {
            if (document.TextOf(t) is "of" or "for")
            {
                end = t;
                break;
            }
        }

        return new TokenRange(start, end);
    }

    private bool IsCountryWord(ReadOnlySpan<char> word)
    {
        foreach (var candidate in _kb.Lookup(word))
        {
            if (candidate.Entry is Country && candidate.Form is SurfaceForm.Name or SurfaceForm.Alias or SurfaceForm.Acronym or SurfaceForm.Adjective)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"International Criminal Court (ICC)": the acronym in brackets right after a name is that name.</summary>
    public void MergeParentheticalAcronyms(Document document, List<ResolverMention> mentions)
    {
        for (var m = 1; m < mentions.Count; m++)
        {
            var acronym = mentions[m];
            var name = mentions[m - 1];
            if (acronym.Kind != MentionKind.Name || name.Kind != MentionKind.Name
                || acronym.Tokens.Start != name.Tokens.End + 1 || acronym.Tokens.Start == 0 || acronym.Tokens.End >= document.Tokens.Length)
            {
                continue;
            }

            if (acronym.Tokens.Length == 1 && document.TextOf(acronym.Tokens.Start - 1) is "(" && document.TextOf(acronym.Tokens.End) is ")" && SurfaceCues.IsAllCapitals(acronym.Text))
            {
                _union.Union(m - 1, m);
            }
            else if (IsBracketedOtherName(document, name, acronym))
            {
                name.Type = acronym.Type;
                name.HasTypeCue = true;
                _union.Union(m - 1, m);
            }
        }
    }

    /// <summary>
    /// "the Yeni Camiisi (New Mosque)": a building's or an institution's other name in brackets right after a
    /// name that "the" introduces (so no person's) is that name, and gives it its type.
    /// </summary>
    private static bool IsBracketedOtherName(Document document, ResolverMention name, ResolverMention other)
    {
        var before = name.Tokens.Start - 1;
        return document.TextOf(other.Tokens.Start - 1) is "(" && document.TextOf(other.Tokens.End) is ")"
            && other.Type is EntityType.FAC or EntityType.ORG && name.Entry is null && other.Entry is null
            && before >= 0 && document.TextOf(before) is "the" or "The";
    }

    /// <summary>"ICC" and "International Criminal Court" when nothing else in the article has those initials.</summary>
    public void MergeAcronyms(List<ResolverMention> mentions)
    {
        var initials = new string?[mentions.Count];
        for (var m = 0; m < mentions.Count; m++)
        {
            var acronym = mentions[m];
            if (acronym.Kind != MentionKind.Name || acronym.Tokens.Length != 1 || !SurfaceCues.IsAllCapitals(acronym.Text))
            {
                continue;
            }

            var letters = NameForms.LettersOf(acronym.Text);
            var match = -1;
            for (var o = 0; o < mentions.Count; o++)
            {
                var full = mentions[o];
                if (o == m || full.Kind != MentionKind.Name || full.Tokens.Length < 2 || MentionClusterer.TypeClass(full.Type) != MentionClusterer.TypeClass(acronym.Type) && acronym.Entry is not null)
                {
                    continue;
                }

                initials[o] ??= NameForms.Initials(full.Text);
                if (initials[o]!.Equals(letters, StringComparison.Ordinal))
                {
                    if (match >= 0 && _union.Find(match) != _union.Find(o))
                    {
                        match = -2;
                        break;
                    }

                    match = o;
                }
            }

            if (match >= 0 && MentionClusterer.CompatibleEntries(mentions, match, m))
            {
                acronym.Type = mentions[match].Type;
                _union.Union(match, m);
            }
        }
    }
}
