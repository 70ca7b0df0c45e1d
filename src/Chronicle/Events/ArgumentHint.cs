namespace Chronicle.Events;

/// <summary>
/// One place an event argument can be found: a grammatical role, or a preposition ("sanctions against X",
/// "talks with X", "a visit to X", "an attack by X"). The argument finder tries the hints of an entry in order.
/// </summary>
public readonly record struct ArgumentHint(ArgumentRole Role, string? Preposition = null)
{
    /// <summary>Parses one hint as written in lexicon.tsv: subj, obj, iobj, poss, speaker, or a preposition.</summary>
    public static ArgumentHint Parse(string text) => text switch
    {
        "subj" => new ArgumentHint(ArgumentRole.Subject),
        "obj" => new ArgumentHint(ArgumentRole.Object),
        "iobj" => new ArgumentHint(ArgumentRole.IndirectObject),
        "poss" => new ArgumentHint(ArgumentRole.Possessor),
        "speaker" => new ArgumentHint(ArgumentRole.Speaker),
        _ when text.Length > 0 && text.All(char.IsAsciiLetterLower) => new ArgumentHint(ArgumentRole.Oblique, text),
        _ => throw new FormatException($"'{text}' is not an argument hint (subj, obj, iobj, poss, speaker or a lower-case preposition)"),
    };

    public override string ToString() => Role switch
    {
        ArgumentRole.Subject => "subj",
        ArgumentRole.Object => "obj",
        ArgumentRole.IndirectObject => "iobj",
        ArgumentRole.Possessor => "poss",
        ArgumentRole.Speaker => "speaker",
        _ => Preposition ?? "",
    };
}
