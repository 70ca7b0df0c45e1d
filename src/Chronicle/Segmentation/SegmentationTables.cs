using System.Collections.Frozen;

namespace Chronicle.Segmentation;

/// <summary>
/// The word lists behind tokenisation and sentence splitting, following the UD English (EWT/GUM) conventions.
/// Frozen and immutable; lookups go through span-based alternate lookups so the tokenizer allocates no strings.
/// </summary>
internal static class SegmentationTables
{
    /// <summary>Words that keep their final period ("Dr.", "Jan.", "Inc."); matched case-sensitively, without the period.</summary>
    public static readonly FrozenSet<string> Abbreviations = new[]
    {
        // titles and ranks
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Drs", "Prof", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Sgt",
        "Capt", "Cmdr", "Cdr", "Adm", "Maj", "Brig", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Atty",
        "Amb", "Fr", "Msgr", "Mme", "Mmes", "Mlle", "Esq", "Jr", "Sr", "St", "Ste", "Mt", "Ft", "Pt",
        // months and days
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Tue", "Tues", "Thu", "Thur", "Thurs", "Fri",
        // organisations and places
        "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Assn", "Assoc", "Dept", "Univ", "Inst", "Intl", "Ave", "Blvd", "Rd",
        "Hwy", "Sq", "Ln", "Pl", "Ct",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Oreg", "Pa", "Penn", "Tenn",
        "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
        // general
        "vs", "v", "etc", "al", "approx", "ca", "cf", "viz", "vol", "Vol", "vols", "fig", "Fig", "pp", "ch", "Ch",
        "para", "Op", "op", "Nr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Abbreviations that keep their period only before a number ("No. 10", "p. 5"): "no." alone ends a sentence.</summary>
    public static readonly FrozenSet<string> NumberAbbreviations = new[]
    {
        "No", "no", "Nos", "nos", "p", "Pp", "Nr", "nr", "Vol",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Abbreviations that precede what they belong to ("Dr. Smith", "Jan. 5", "No. 10"); a capitalised word after
    /// them never starts a sentence.
    /// </summary>
    public static readonly FrozenSet<string> PrefixAbbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Drs", "Prof", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Sgt",
        "Capt", "Cmdr", "Cdr", "Adm", "Maj", "Brig", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Atty",
        "Amb", "Fr", "Msgr", "Mme", "Mmes", "Mlle", "St", "Ste", "Mt", "Ft", "Pt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "vs", "v", "approx", "ca", "cf", "viz", "vol", "Vol", "vols", "fig", "Fig", "pp", "ch", "Ch",
        "para", "Op", "op", "Nr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that commonly open an English sentence; after an abbreviation that can also end one ("U.S.", "Inc."),
    /// one of these says the sentence ended there.
    /// </summary>
    public static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "In",
        "On", "At", "But", "And", "Or", "So", "If", "When", "While", "After", "Before", "As", "Since", "Although",
        "However", "Meanwhile", "Also", "Yet", "His", "Her", "Its", "Their", "Our", "My", "Mr.", "Mrs.", "Ms.", "Dr.",
        "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "All", "No", "Not", "One", "Two", "Both",
        "Each", "Under", "For", "From", "By", "With", "To", "Last", "Next", "Officials", "According", "Still", "Then",
        "Now", "Today", "Yesterday", "Earlier", "Later", "Other", "Another", "Such", "Because", "Despite", "During",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prefixes that UD keeps joined to a hyphenated word ("e-mail", "non-profit", "co-founder").</summary>
    public static readonly FrozenSet<string> HyphenPrefixes = new[]
    {
        "e", "re", "pre", "non", "mid", "co", "anti", "cross", "semi", "post", "pro", "proto", "sub", "multi", "ex",
        "counter", "mini", "inter", "vice", "un", "socio", "neo", "psycho", "trans", "super", "micro", "intra", "mis",
        "bi", "tri", "quasi", "pseudo", "ultra", "meta", "macro", "infra", "extra",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Letter pairs around a slash that UD keeps as one token ("s/he", "w/o").</summary>
    public static readonly FrozenSet<string> SlashWords = new[]
    {
        "s/he", "w/o", "b/c", "c/o", "n/a", "a/c", "l/c", "i/o", "w/", "A/C", "N/A", "I/O",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Suffixes that stay on a number ("5th", "1990s"); other letters after digits are units, split off ("5 pm", "$3 bn").</summary>
    public static readonly FrozenSet<string> NumberSuffixes = new[]
    {
        "th", "st", "nd", "rd", "s", "d",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units UD splits from a preceding number written without a space.</summary>
    public static readonly FrozenSet<string> NumberUnits = new[]
    {
        "m", "k", "b", "bn", "mn", "tn", "am", "pm", "mm", "cm", "km", "ft", "kg", "g", "mg", "lb", "lbs", "oz", "hz",
        "khz", "mhz", "ghz", "mb", "gb", "tb", "kb", "ml", "mph", "kph", "kmh", "h", "hr", "hrs", "min", "mins", "sec",
        "x", "million", "billion", "trillion", "yr", "yrs", "kw", "mw", "gw", "kwh", "mwh", "p",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words written without an apostrophe that UD splits into two syntactic words, with the split point
    /// ("cannot" → "can not", "gonna" → "gon na", "dont" → "do nt").
    /// </summary>
    public static readonly FrozenDictionary<string, int> FusedWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3,
        ["gonna"] = 3,
        ["wanna"] = 3,
        ["gotta"] = 3,
        ["outta"] = 3,
        ["dont"] = 2,
        ["didnt"] = 3,
        ["doesnt"] = 4,
        ["couldnt"] = 5,
        ["wouldnt"] = 5,
        ["shouldnt"] = 6,
        ["havent"] = 4,
        ["hasnt"] = 3,
        ["hadnt"] = 3,
        ["isnt"] = 2,
        ["wasnt"] = 3,
        ["werent"] = 4,
        ["arent"] = 3,
        ["aint"] = 2,
        ["wont"] = 2,
        ["cant"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Emoticons kept whole although made of punctuation.</summary>
    public static readonly FrozenSet<string> Emoticons = new[]
    {
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", "<3", ":/", ":-/", ":'(", "xD",
        "XD", "^_^", "^^", ":o", ":O", ":-O", "=)", "=(", "(:", "):", ":]", ":[", ";D", "8)", "B)", ":|", ":-|", ":*",
        ":3", "-_-", "o_O", "O_o", "T_T", ">:(", ":')", ":))", ":((",
    }.ToFrozenSet(StringComparer.Ordinal);
}
