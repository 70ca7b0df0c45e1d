namespace Chronicle.Learning;

/// <summary>
/// Finds the trained models: an explicit folder, else the <c>CHRONICLE_MODELS</c> environment variable, else the first
/// <c>models/</c> folder (holding <c>tagger/model.bin</c>) beside the executable or in a folder above it — which is the
/// repository's <c>models/</c> both under <c>dotnet run</c> and from test binaries.
/// </summary>
public static class ModelDirectory
{
    public const string EnvironmentVariable = "CHRONICLE_MODELS";

    /// <summary>The models folder to use (it may not exist: loading then fails with a <see cref="ModelLoadException"/> naming the file).</summary>
    public static string Resolve(string? explicitDirectory = null)
    {
        if (!string.IsNullOrEmpty(explicitDirectory))
        {
            return explicitDirectory;
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "models");
                if (File.Exists(Path.Combine(candidate, "tagger", "model.bin")))
                {
                    return candidate;
                }
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "models");
    }

    /// <summary>The model file of one component, e.g. <c>models/parser/model.bin</c>.</summary>
    public static string ModelPath(string directory, string component) => Path.Combine(directory, component, "model.bin");
}
