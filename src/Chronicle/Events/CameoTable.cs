using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Events;

/// <summary>
/// The CAMEO code book with Goldstein scores, GDELT quad classes and the PLOVER mapping of CAMEO2PLOVER-2021
/// (<c>data/events/cameo.tsv</c>, embedded in the assembly). Immutable; <see cref="Default"/> is loaded once.
/// </summary>
public sealed class CameoTable
{
    public const string FileName = "cameo.tsv";

    private static readonly string[] s_columns =
        ["code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context", "plover_source"];

    private static readonly Lazy<CameoTable> s_default = new(LoadEmbedded);

    private readonly FrozenDictionary<string, CameoEntry> _byCode;
    private readonly FrozenDictionary<string, CameoEntry>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private CameoTable(IReadOnlyList<CameoEntry> entries)
    {
        Entries = entries;
        _byCode = entries.ToFrozenDictionary(e => e.Code.Value, StringComparer.Ordinal);
        _bySpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The table embedded in the Chronicle assembly.</summary>
    public static CameoTable Default => s_default.Value;

    /// <summary>Every code in file order (roots before their children).</summary>
    public IReadOnlyList<CameoEntry> Entries { get; }

    public int Count => Entries.Count;

    public CameoEntry this[CameoCode code] => _byCode[code.Value];

    public bool Contains(ReadOnlySpan<char> code) => _bySpan.ContainsKey(code);

    public bool TryGet(ReadOnlySpan<char> code, out CameoEntry entry) => _bySpan.TryGetValue(code, out entry!);

    /// <summary>Reads a table in the format of <c>cameo.tsv</c>; a malformed row throws <see cref="LexiconFormatException"/>.</summary>
    public static CameoTable Load(TextReader reader, string fileName)
    {
        var entries = new List<CameoEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(reader, fileName, s_columns))
        {
            var code = row.Required(0, "code");
            if (!CameoCode.IsWellFormed(code))
            {
                throw row.Error($"'{code}' is not a CAMEO code (2 to 4 digits, root 01 to 20)");
            }

            if (!seen.Add(code))
            {
                throw row.Error($"the code {code} appears twice");
            }

            if (!double.TryParse(row.Required(2, "goldstein"), NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
            {
                throw row.Error($"the Goldstein value '{row[2]}' is not a number from -10 to 10");
            }

            var cameo = new CameoCode(code);
            if (!int.TryParse(row.Required(3, "quad_class"), NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad != (int)cameo.QuadClass)
            {
                throw row.Error($"the quad class '{row[3]}' is not the one GDELT computes from root {cameo.Root} ({(int)cameo.QuadClass})");
            }

            var source = ParseSource(row);
            PloverType? type = null;
            if (row.Optional(4) is { } typeName)
            {
                type = Enum.TryParse<PloverType>(typeName, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : throw row.Error($"'{typeName}' is not one of the 16 PLOVER types");
            }
            else if (source != PloverMappingSource.Dropped)
            {
                throw row.Error("the PLOVER type is empty but the mapping is not marked 'dropped'");
            }

            entries.Add(new CameoEntry
            {
                Code = cameo,
                Name = row.Required(1, "name"),
                Goldstein = goldstein,
                PloverType = type,
                PloverMode = row.Optional(5),
                PloverContext = row.Optional(6),
                MappingSource = source,
            });
        }

        return new CameoTable(entries);
    }

    private static PloverMappingSource ParseSource(TsvRow row) => row.Required(7, "plover_source") switch
    {
        "table" => PloverMappingSource.Table,
        "root" => PloverMappingSource.Root,
        "parent" => PloverMappingSource.Parent,
        "dropped" => PloverMappingSource.Dropped,
        var other => throw row.Error($"the plover_source '{other}' is not table, root, parent or dropped"),
    };

    private static CameoTable LoadEmbedded()
    {
        using var reader = TsvFile.OpenEmbedded(FileName);
        return Load(reader, FileName);
    }
}
