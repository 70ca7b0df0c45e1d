using System.Collections.Frozen;
using Chronicle.Actors;

namespace Chronicle.Entities;

/// <summary>
/// Common given names whose bearers are, by an overwhelming margin, of one gender (data/actors/given-names.tsv,
/// written by us from public name statistics; names given to both sexes and names that are also common place names
/// are left out). Entity resolution reads it for two things only: that a name the recogniser took for a place starts
/// with a given name ("Ottilie Brandt"), and that "Mrs. Brandt" is no surname of "Konrad Brandt".
/// Immutable; loaded once from the embedded file.
/// </summary>
internal sealed class GivenNames
{
    private const string Resource = "Chronicle.Data.actors.given-names.tsv";

    private static readonly Lazy<GivenNames> _default = new(LoadEmbedded);

    private readonly FrozenDictionary<string, NameGender>.AlternateLookup<ReadOnlySpan<char>> _genders;

    private GivenNames(Dictionary<string, NameGender> genders)
    {
        _genders = genders.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Count = genders.Count;
    }

    public static GivenNames Default => _default.Value;

    public int Count { get; }

    /// <summary>The gender of a given name as written with its capital ("Anna"); Unknown for any other word.</summary>
    public NameGender GenderOf(ReadOnlySpan<char> word) => _genders.TryGetValue(word, out var gender) ? gender : NameGender.Unknown;

    /// <summary>Reads <c>name\tgender</c> rows (gender M or F) after a header row.</summary>
    /// <exception cref="ActorDataException">A row is malformed or a name is listed twice.</exception>
    public static GivenNames Load(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var genders = new Dictionary<string, NameGender>(StringComparer.Ordinal);
        var line = 0;
        reader.ReadLine();
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var fields = text.Split('\t');
            var gender = fields.Length == 2 ? fields[1] switch { "M" => NameGender.Male, "F" => NameGender.Female, _ => NameGender.Unknown } : NameGender.Unknown;
            if (gender == NameGender.Unknown || fields[0].Length == 0 || !char.IsUpper(fields[0][0]))
            {
                throw new ActorDataException(file, line + 1, $"'{text}' is not a capitalised given name, a tab and M or F.");
            }

            if (!genders.TryAdd(fields[0], gender))
            {
                throw new ActorDataException(file, line + 1, $"'{fields[0]}' is listed twice.");
            }
        }

        return new GivenNames(genders);
    }

    private static GivenNames LoadEmbedded()
    {
        var assembly = typeof(GivenNames).Assembly;
        using var stream = assembly.GetManifestResourceStream(Resource)
            ?? throw new ActorDataException("given-names.tsv", 0, $"resource '{Resource}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Load(reader, "given-names.tsv");
    }
}
