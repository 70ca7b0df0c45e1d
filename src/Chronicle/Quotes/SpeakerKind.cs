namespace Chronicle.Quotes;

/// <summary>What stands in a speaker position next to a cue.</summary>
internal enum SpeakerKind : byte
{
    /// <summary>Nothing: the cue has no subject there.</summary>
    None,

    /// <summary>A name ("Blinken", "the White House").</summary>
    Named,

    /// <summary>A personal pronoun ("she"), resolved from the context.</summary>
    Pronoun,

    /// <summary>A speaker the article does not name ("officials", "a source"): the speaker stays null.</summary>
    Unnamed,
}
