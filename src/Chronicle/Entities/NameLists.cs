using System.Collections.Frozen;

namespace Chronicle.Entities;

/// <summary>
/// The generic name lists of <c>data/gazetteers/</c> (given names, surnames, places, organisations), derived from
/// public lists and filtered against the unlabelled news (see that folder's README), read once from the files
/// embedded in the assembly. A name is looked up exactly as written (case-sensitive; words joined by single
/// spaces), and the answer is the union of the lists that hold it. Immutable and thread-safe; lookups allocate nothing.
/// </summary>
public sealed class NameLists
{
    public const string GivenNamesFile = "given-names.tsv";
    public const string SurnamesFile = "surnames.tsv";
    public const string PlacesFile = "places.tsv";
    public const string OrganisationsFile = "organisations.tsv";

    private const string ResourcePrefix = "Chronicle.Data.gazetteers.";

    /// <summary>The lists a default <see cref="ListGazetteer"/> reads, in a fixed order.</summary>
    public static readonly IReadOnlyList<string> DefaultFiles = [GivenNamesFile, SurnamesFile, PlacesFile];

    private readonly FrozenDictionary<string, NameListKinds>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private NameLists(IReadOnlyList<string> files, Dictionary<string, NameListKinds> names)
    {
        Files = files;
        Count = names.Count;
        _lookup = names.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The files read, in the order given.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Distinct names over all files.</summary>
    public int Count { get; }

    /// <summary>The lists holding <paramref name="name"/> as written ("Velmora", "San Velmo"), or None.</summary>
    public NameListKinds KindsOf(ReadOnlySpan<char> name) => _lookup.TryGetValue(name, out var kinds) ? kinds : NameListKinds.None;

    /// <summary>The list a file name stands for.</summary>
    /// <exception cref="ArgumentException">The file is none of the known lists.</exception>
    public static NameListKinds KindOf(string file) => file switch
    {
        GivenNamesFile => NameListKinds.GivenName,
        SurnamesFile => NameListKinds.Surname,
        PlacesFile => NameListKinds.Place,
        OrganisationsFile => NameListKinds.Organisation,
        _ => throw new ArgumentException($"'{file}' is not a name list (known: {GivenNamesFile}, {SurnamesFile}, {PlacesFile}, {OrganisationsFile}).", nameof(file)),
    };

    /// <summary>Loads <paramref name="files"/> from the resources embedded in the Chronicle assembly.</summary>
    /// <exception cref="GazetteerDataException">A file is not embedded or has a malformed row.</exception>
    public static NameLists LoadEmbedded(IEnumerable<string> files)
    {
        var assembly = typeof(NameLists).Assembly;
        return Load(files, file => assembly.GetManifestResourceStream(ResourcePrefix + file) is { } stream
            ? new StreamReader(stream, System.Text.Encoding.UTF8)
            : null);
    }

    /// <summary>Loads the files from a folder on disk (lists being derived or tested before they are embedded).</summary>
    /// <exception cref="GazetteerDataException">A file is missing or has a malformed row.</exception>
    public static NameLists LoadDirectory(string directory, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Load(files, file => File.Exists(Path.Combine(directory, file)) ? new StreamReader(Path.Combine(directory, file), System.Text.Encoding.UTF8) : null);
    }

    /// <summary>
    /// Reads each file through <paramref name="open"/> (null: the file is missing). A file is a header row whose
    /// first column is <c>name</c>, then one name per row in the first column (further columns are notes);
    /// blank rows and rows starting with <c>#</c> are skipped.
    /// </summary>
    /// <exception cref="GazetteerDataException">A file is missing, lacks its header, or a row's name is empty, not capitalised, badly spaced, or listed twice.</exception>
    public static NameLists Load(IEnumerable<string> files, Func<string, TextReader?> open)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(open);
        var names = new Dictionary<string, NameListKinds>(StringComparer.Ordinal);
        var read = new List<string>();
        foreach (var file in files)
        {
            var kind = KindOf(file);
            using var reader = open(file) ?? throw new GazetteerDataException(file, 0, "the name list is missing (expected in data/gazetteers/ and embedded in the Chronicle assembly).");
            Read(reader, file, kind, names);
            read.Add(file);
        }

        return new NameLists(read.AsReadOnly(), names);
    }

    private static void Read(TextReader reader, string file, NameListKinds kind, Dictionary<string, NameListKinds> names)
    {
        var header = reader.ReadLine();
        if (header is null || header.Split('\t')[0] != "name")
        {
            throw new GazetteerDataException(file, 1, $"the header row must start with the column 'name', not '{header}'.");
        }

        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var name = text.Split('\t')[0];
            if (name.Length == 0 || !char.IsUpper(name[0]) || name.Trim() != name || name.Contains("  ", StringComparison.Ordinal))
            {
                throw new GazetteerDataException(file, line, $"'{name}' is not a capitalised name with single spaces between its words.");
            }

            names.TryGetValue(name, out var kinds);
            if ((kinds & kind) != 0)
            {
                throw new GazetteerDataException(file, line, $"'{name}' is listed twice.");
            }

            names[name] = kinds | kind;
        }
    }
}
