namespace Chronicle.Learning;

/// <summary>A model file is missing, corrupt, or was trained for other features. The message names the file.</summary>
public sealed class ModelLoadException(string path, string problem, Exception? inner = null)
    : Exception($"model '{path}': {problem}", inner)
{
    public string Path { get; } = path;
}
