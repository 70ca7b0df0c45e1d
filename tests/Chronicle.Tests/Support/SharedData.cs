namespace Chronicle.Tests.Support;

/// <summary>
/// Locates <c>../shared</c> (reference corpora and gold sets) beside the repository.
/// Tests that need it call <see cref="RequireShared"/>, which skips them with a message when it is absent.
/// </summary>
public static class SharedData
{
    public static string? SharedDirectory { get; } = FindShared();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Skips the calling test, with a message, when <c>../shared</c> is not there.</summary>
    public static string RequireShared()
    {
        if (SharedDirectory is null)
        {
            Assert.Skip("../shared (corpora and gold sets) is not beside the repository; this test needs it.");
        }

        return SharedDirectory!;
    }

    public static string SharedPath(params string[] parts) => Path.Combine([RequireShared(), .. parts]);

    public static string RepositoryPath(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with Chronicle.slnx) is not above the test binaries.");
    }

    private static string? FindShared()
    {
        var candidate = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared"));
        return Directory.Exists(Path.Combine(candidate, "gold")) ? candidate : null;
    }
}
