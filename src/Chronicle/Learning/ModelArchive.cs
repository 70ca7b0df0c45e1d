using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Chronicle.Learning;

/// <summary>
/// A trained model's parameters: named linear models and named string tables (labels, lexicons), with the
/// feature-set version they were trained for. Stored Brotli-compressed with float16 weights, which keeps
/// models compact at no measurable cost in accuracy for averaged-perceptron weights.
/// </summary>
public sealed class ModelArchive
{
    private const string Magic = "CHRONMDL";
    private const int FormatVersion = 1;
    private const byte LinearSection = 1;
    private const byte StringsSection = 2;

    public ModelArchive(string kind, int featureSetVersion, IReadOnlyDictionary<string, LinearModel> linearModels, IReadOnlyDictionary<string, IReadOnlyList<string>> stringTables)
    {
        Kind = kind;
        FeatureSetVersion = featureSetVersion;
        LinearModels = linearModels;
        StringTables = stringTables;
    }

    /// <summary>What the model is for ("tagger", "parser", "ner"), checked on load.</summary>
    public string Kind { get; }

    public int FeatureSetVersion { get; }

    public IReadOnlyDictionary<string, LinearModel> LinearModels { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> StringTables { get; }

    public LinearModel Linear(string name, string path) =>
        LinearModels.TryGetValue(name, out var model) ? model : throw new ModelLoadException(path, $"has no linear model '{name}'.");

    public IReadOnlyList<string> Strings(string name, string path) =>
        StringTables.TryGetValue(name, out var table) ? table : throw new ModelLoadException(path, $"has no string table '{name}'.");

    public void Save(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        using var file = File.Create(path);
        Save(file);
    }

    public void Save(Stream stream)
    {
        // Quality 7 compresses float16 rows nearly as well as the maximum (11) in a fraction of the time.
        using var brotli = new BrotliStream(stream, new BrotliCompressionOptions { Quality = 7 }, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(Kind);
        writer.Write(FeatureSetVersion);
        writer.Write(LinearModels.Count + StringTables.Count);
        foreach (var (name, table) in StringTables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.Write(StringsSection);
            writer.Write(name);
            writer.Write(table.Count);
            foreach (var value in table)
            {
                writer.Write(value);
            }
        }

        foreach (var (name, model) in LinearModels.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            writer.Write(LinearSection);
            writer.Write(name);
            writer.Write(model.ClassCount);
            writer.Write(model.FeatureCount);
            // Sorted keys make the file deterministic and compress better.
            foreach (var (feature, weights) in model.Rows().OrderBy(r => r.Feature))
            {
                writer.Write(feature);
                foreach (var weight in weights.Span)
                {
                    writer.Write((Half)weight);
                }
            }
        }
    }

    /// <summary>Loads a model, checking its kind and feature-set version.</summary>
    /// <exception cref="ModelLoadException">The file is missing, corrupt, of another kind, or for other features.</exception>
    public static ModelArchive Load(string path, string expectedKind, int expectedFeatureSetVersion) =>
        Load(path, expectedKind, expectedFeatureSetVersion, expectedFeatureSetVersion);

    /// <summary>Loads a model, checking its kind and that its feature-set version is one this build extracts.</summary>
    /// <exception cref="ModelLoadException">The file is missing, corrupt, of another kind, or for other features.</exception>
    public static ModelArchive Load(string path, string expectedKind, int oldestFeatureSetVersion, int newestFeatureSetVersion)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException(path, "the file does not exist. Train it with `chronicle train` or check --models.");
        }

        try
        {
            using var file = File.OpenRead(path);
            var archive = Load(file, path);
            if (archive.Kind != expectedKind)
            {
                throw new ModelLoadException(path, $"is a '{archive.Kind}' model, not a '{expectedKind}' model.");
            }

            if (archive.FeatureSetVersion < oldestFeatureSetVersion || archive.FeatureSetVersion > newestFeatureSetVersion)
            {
                var uses = oldestFeatureSetVersion == newestFeatureSetVersion
                    ? newestFeatureSetVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : $"{oldestFeatureSetVersion}–{newestFeatureSetVersion}";
                throw new ModelLoadException(path,
                    $"was trained for feature set {archive.FeatureSetVersion}, this build uses {uses}: retrain it.");
            }

            return archive;
        }
        catch (IOException ex)
        {
            throw new ModelLoadException(path, "cannot be read: " + ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ModelLoadException(path, "cannot be read: " + ex.Message, ex);
        }
    }

    public static ModelArchive Load(Stream stream, string path)
    {
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8, leaveOpen: false);
            var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
            if (magic != Magic)
            {
                throw new ModelLoadException(path, "is not a Chronicle model file.");
            }

            var format = reader.ReadInt32();
            if (format != FormatVersion)
            {
                throw new ModelLoadException(path, $"has format version {format}; this build reads {FormatVersion}.");
            }

            var kind = reader.ReadString();
            var featureSetVersion = reader.ReadInt32();
            var sectionCount = reader.ReadInt32();
            var linear = new Dictionary<string, LinearModel>(StringComparer.Ordinal);
            var strings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            for (var s = 0; s < sectionCount; s++)
            {
                var type = reader.ReadByte();
                var name = reader.ReadString();
                switch (type)
                {
                    case StringsSection:
                        var count = CheckedCount(reader.ReadInt32(), path);
                        var values = new string[count];
                        for (var i = 0; i < count; i++)
                        {
                            values[i] = reader.ReadString();
                        }

                        strings[name] = values;
                        break;
                    case LinearSection:
                        var classCount = CheckedCount(reader.ReadInt32(), path);
                        var rowCount = CheckedCount(reader.ReadInt32(), path);
                        var keys = new ulong[rowCount];
                        var weights = new float[(long)rowCount * classCount];
                        // Rows are read in bulk and widened from float16 in place: per-value reads made loading slow.
                        var row = new byte[classCount * sizeof(ushort)];
                        for (var r = 0; r < rowCount; r++)
                        {
                            keys[r] = reader.ReadUInt64();
                            reader.BaseStream.ReadExactly(row);
                            var halves = MemoryMarshal.Cast<byte, Half>(row);
                            var offset = r * classCount;
                            for (var c = 0; c < classCount; c++)
                            {
                                weights[offset + c] = (float)halves[c];
                            }
                        }

                        linear[name] = new LinearModel(classCount, keys, weights);
                        break;
                    default:
                        throw new ModelLoadException(path, $"has an unknown section type {type}.");
                }
            }

            return new ModelArchive(kind, featureSetVersion, linear, strings);
        }
        catch (EndOfStreamException ex)
        {
            throw new ModelLoadException(path, "is truncated.", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new ModelLoadException(path, "is corrupt: " + ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            throw new ModelLoadException(path, "is corrupt: " + ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            // BrotliStream reports undecodable input this way.
            throw new ModelLoadException(path, "is corrupt: " + ex.Message, ex);
        }
    }

    private static int CheckedCount(int count, string path) =>
        count is >= 0 and <= 100_000_000 ? count : throw new ModelLoadException(path, $"is corrupt (count {count}).");
}
