namespace WardPlatform.Testing;

public static class Repository
{
    /// <summary>The checkout the tests were built from (the folder holding WardPlatform.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string BuildConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WardPlatform.sln"))) return dir.FullName;
        throw new InvalidOperationException("WardPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
