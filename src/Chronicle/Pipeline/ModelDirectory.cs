namespace Chronicle.Pipeline;

/// <summary>
/// Finds the trained models: the <c>models</c> folder beside <c>Chronicle.slnx</c>, searched upwards from the
/// running binaries (so tests, <c>dotnet run</c> and a build output all find the repository's models), or a
/// <c>models</c> folder beside the binaries when they were published or installed as a tool.
/// </summary>
public static class ModelDirectory
{
    public const string FolderName = "models";

    /// <summary>The models folder, or null when none is found.</summary>
    public static string? Find() => Find(AppContext.BaseDirectory);

    public static string? Find(string startDirectory)
    {
        var beside = Path.Combine(startDirectory, FolderName);
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FolderName);
            if (File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Directory.Exists(beside) ? beside : null;
    }

    /// <summary>The given folder, or the one <see cref="Find()"/> finds, or <c>./models</c> (whose absence model loading reports).</summary>
    public static string Resolve(string? modelDirectory) => modelDirectory ?? Find() ?? Path.GetFullPath(FolderName);
}
